import { passwordRules } from '../admin/users/user-form';

export interface PasswordForm {
  current: string;
  next: string;
  repeat: string;
}

export type PasswordField = keyof PasswordForm;

/**
 * What is wrong with the form, per field, as the user types: the current password is needed, the new one follows the
 * server's rules, differs from the current one, and is typed the same twice.
 */
export function passwordFormErrors(form: PasswordForm): Partial<Record<PasswordField, string>> {
  const errors: Partial<Record<PasswordField, string>> = {};
  if (!form.current) {
    errors.current = '请输入当前密码';
  }
  const unmet = passwordRules(form.next).filter((r) => !r.met);
  if (unmet.length > 0) {
    errors.next = `新密码${unmet.map((r) => r.text).join('，')}`;
  } else if (form.next === form.current) {
    errors.next = '新密码不能与当前密码相同';
  }
  if (form.repeat !== form.next) {
    errors.repeat = '两次输入的新密码不一致';
  }
  return errors;
}

/** Server field names (ChangeMyPassword's arguments) onto the form's fields. */
export function serverFieldErrors(fields: Record<string, string> | undefined): Partial<Record<PasswordField, string>> {
  return {
    ...(fields?.currentPassword ? { current: fields.currentPassword } : {}),
    ...(fields?.newPassword ? { next: fields.newPassword } : {}),
  };
}

/** The rules beside the new password as ticks: none ticked before anything is typed (an empty field meets nothing). */
export function ruleMarks(next: string): { text: string; met: boolean }[] {
  return passwordRules(next).map((r) => ({ ...r, met: next.length > 0 && r.met }));
}
