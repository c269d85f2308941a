/**
 * Express error middleware of the frontend server (after Volto's own
 * middleware: files, images, API proxy), before Volto's bare error page.
 */

/**
 * A file or image of a protected page (the intranet /noi-bo) that the
 * backend refuses (401/403) sends the visitor to the page of that file,
 * which is the login form (or "not allowed" for a logged-in user without
 * access).
 */
export const FILE_URL = /^(.*?)\/(@@download|@@display-file|@@images)(\/.*)?$/;

export function protectedFileRedirect(err, req, res, next) {
  const status = err?.status || err?.response?.status;
  const match = ['GET', 'HEAD'].includes(req.method) && FILE_URL.exec(req.path);
  if ((status === 401 || status === 403) && match && !res.headersSent) {
    res.set('Cache-Control', 'private, no-store');
    res.redirect(302, match[1] || '/');
    return;
  }
  next(err);
}

// Network errors meaning "the backend does not answer".
export const BACKEND_DOWN = [
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENOTFOUND',
  'EAI_AGAIN',
];

export const BACKEND_DOWN_PAGE = `<!doctype html>
<html lang="vi"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Hệ thống đang tạm thời gián đoạn</title></head>
<body style="font-family: Roboto, Arial, sans-serif; max-width: 40em; margin: 3em auto; padding: 0 1em; color: #1f1f1f">
<h1 style="color: #801414">Hệ thống đang tạm thời gián đoạn</h1>
<p>Máy chủ dữ liệu của cổng thông tin hiện không phản hồi. Vui lòng thử lại sau ít phút.</p>
<p><a href="/">Về trang chủ</a></p>
</body></html>`;

/**
 * A file, an image or anything else the server could not get because the
 * backend does not answer: HTTP 503 with a short Vietnamese page (pages
 * themselves show the BackendUnavailable view), never the backend's
 * address in an error message.
 */
export function backendDownError(err, req, res, next) {
  if (!BACKEND_DOWN.includes(err?.code) || res.headersSent) {
    next(err);
    return;
  }
  res.status(503);
  res.set({ 'Retry-After': '30', 'Cache-Control': 'no-store' });
  res.type('html');
  res.send(BACKEND_DOWN_PAGE);
}

export const errorMiddleware = [protectedFileRedirect, backendDownError];

export default function applyErrorMiddleware(config) {
  config.settings.expressMiddleware = [
    ...(config.settings.expressMiddleware || []).filter(
      (m) => !errorMiddleware.includes(m),
    ),
    ...errorMiddleware,
  ];
  return config;
}
