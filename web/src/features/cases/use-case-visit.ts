import { useMutation } from '@urql/vue';
import { watch, type Ref } from 'vue';
import { RecordCaseViewDocument } from '../../gql/graphql';
import { SITE_NAME } from '../../router';

/** The document title of a case page: the case's own title first. */
export function caseDocumentTitle(title: string | null | undefined): string {
  return title ? `${title} · 典型案例 · ${SITE_NAME}` : `典型案例 · ${SITE_NAME}`;
}

/**
 * A visit to a case page: counts one view per visit (the server counts a visitor once a day) and names the
 * browser tab after the case. Following a similar case is a new visit.
 */
export function useCaseVisit(id: Ref<string>, title: Ref<string | null | undefined>): void {
  const { executeMutation } = useMutation(RecordCaseViewDocument);
  watch(
    id,
    (caseId) => {
      if (caseId) {
        void executeMutation({ id: caseId });
      }
    },
    { immediate: true },
  );
  watch(
    title,
    (value) => {
      if (value) {
        document.title = caseDocumentTitle(value);
      }
    },
    { immediate: true },
  );
}
