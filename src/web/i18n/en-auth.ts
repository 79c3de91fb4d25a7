import type { idAuth } from "./id-auth.js";

/** English strings of signing in (password, belajar.id) and changing the password. */
export const enAuth: typeof idAuth = {
  signInTitle: "Sign in to Kinerja",
  signInIntro: "Sign in with your account's username and password.",
  username: "Username",
  usernameHint: "Usually your NIP, or your e-mail if you have no NIP, as your admin gave it.",
  password: "Password",
  showPassword: "Show or hide the password",
  signIn: "Sign in",
  changeTitle: "Change password",
  changeForced: "To keep your account safe, replace your temporary password before you start using Kinerja.",
  changeIntro: "Choose a new password that only you know.",
  current: "Current password",
  newPassword: "New password",
  confirm: "Repeat the new password",
  minLength: "At least {{min}} characters.",
  mismatch: "The two new passwords differ.",
  changeSubmit: "Save new password",
  changed: "Your password has been changed.",
  sso: {
    button: "Sign in with your {{name}} account",
    or: "or with a password",
    refusedTitle: "Could not sign in with {{name}}",
    refused: {
      off: "Signing in with {{name}} is not turned on here. Sign in below with your Kinerja username and password.",
      provider: "The {{name}} service cannot be reached right now. Try again shortly, or sign in with your password.",
      cancelled: "You cancelled signing in on the {{name}} page.",
      state: "The sign-in expired or was not valid. Please start again from this page.",
      unverified:
        "The account provider has not verified that account's e-mail address, so it cannot be used to sign in.",
      domain: "That is not a {{name}} account. Choose your {{name}} account, not a personal one.",
      unknown:
        "That account's e-mail address is not in the staff data yet. Ask your school operator or the district admin to record your {{name}} e-mail, then try again.",
      duplicate:
        "That e-mail address belongs to more than one person in the staff data. Ask the district admin to fix it.",
      disabled: "Your Kinerja account is disabled. Contact the district admin.",
    },
  },
};
