import { ElMessage, ElMessageBox } from 'element-plus';
import 'element-plus/es/components/message/style/css';
import 'element-plus/es/components/message-box/style/css';

/** Asks before an action that cannot be taken back; true only when the user confirms. */
export async function confirmAction(message: string, title: string, confirmText: string): Promise<boolean> {
  try {
    await ElMessageBox.confirm(message, title, {
      confirmButtonText: confirmText,
      cancelButtonText: '再看看',
      type: 'warning',
      autofocus: false,
    });
    return true;
  } catch {
    return false;
  }
}

/** A short note at the top of the page. */
export function notify(message: string, type: 'success' | 'info' | 'error' = 'success'): void {
  ElMessage({ message, type, duration: type === 'error' ? 5000 : 3000, grouping: true });
}
