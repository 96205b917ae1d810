import { watch } from 'vue';
import { SITE_NAME } from '../router';

/**
 * Names the browser tab after what a page shows once it has loaded (`审核：… · 党建品牌创建与展示平台`);
 * until then the route's title stands.
 */
export function useDocumentTitle(title: () => string | null | undefined): void {
  watch(
    title,
    (t) => {
      if (t) {
        document.title = `${t} · ${SITE_NAME}`;
      }
    },
    { immediate: true },
  );
}
