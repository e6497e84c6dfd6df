/** Signing in. Vietnamese first; the English beside it must have the same keys (it does not compile otherwise). */
export const vi = {
  login: {
    title: 'Đăng nhập',
    username: 'Tên đăng nhập',
    password: 'Mật khẩu',
    submit: 'Đăng nhập',
    failed: 'Sai tên đăng nhập hoặc mật khẩu.',
    tooMany: 'Đăng nhập sai quá nhiều lần. Vui lòng thử lại sau {minutes} phút.',
  },
};

export const en: typeof vi = {
  login: {
    title: 'Sign in',
    username: 'Username',
    password: 'Password',
    submit: 'Sign in',
    failed: 'Wrong username or password.',
    tooMany: 'Too many failed sign-ins. Try again in {minutes} minutes.',
  },
};
