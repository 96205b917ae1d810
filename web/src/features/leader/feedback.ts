import { ElMessage, ElMessageBox } from 'element-plus';
import 'element-plus/es/components/message/style/css';
import 'element-plus/es/components/message-box/style/css';

/**
 * Asks before an action that cannot be taken back; resolves true only when the user confirms
 * (cancel, Esc and closing the box all answer false).
 */
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

/** A short success note at the top of the page. */
export function notifySuccess(message: string): void {
  ElMessage.success({ message, duration: 3000 });
}
