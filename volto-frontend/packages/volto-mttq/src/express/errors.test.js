import applyErrorMiddleware, {
  backendDownError,
  protectedFileRedirect,
} from './errors';

function response() {
  return {
    headersSent: false,
    headers: {},
    statusCode: 200,
    set(k, v) {
      if (typeof k === 'object') Object.assign(this.headers, k);
      else this.headers[k] = v;
    },
    status(code) {
      this.statusCode = code;
    },
    type(t) {
      this.headers['Content-Type'] = t;
    },
    send: jest.fn(),
    redirect: jest.fn(),
  };
}

function run(mw, err, method, path) {
  const res = response();
  const next = jest.fn();
  mw(err, { method, path }, res, next);
  return { res, next };
}

describe('protected files', () => {
  it('sends visitors refused a file to its page (the login form)', () => {
    const { res, next } = run(protectedFileRedirect, { status: 401 }, 'GET', '/noi-bo/bien-ban/@@download/file');
    expect(res.redirect).toHaveBeenCalledWith(302, '/noi-bo/bien-ban');
    expect(res.headers['Cache-Control']).toBe('private, no-store');
    expect(next).not.toHaveBeenCalled();
    expect(
      run(protectedFileRedirect, { response: { status: 403 } }, 'GET', '/noi-bo/anh/@@images/image/preview').res.redirect,
    ).toHaveBeenCalledWith(302, '/noi-bo/anh');
    expect(run(protectedFileRedirect, { status: 401 }, 'GET', '/@@download/file').res.redirect).toHaveBeenCalledWith(302, '/');
  });

  it('leaves other errors to the next handler', () => {
    const err = { status: 500 };
    expect(run(protectedFileRedirect, err, 'GET', '/noi-bo/x/@@download/file').next).toHaveBeenCalledWith(err);
    expect(run(protectedFileRedirect, { status: 401 }, 'GET', '/noi-bo').next).toHaveBeenCalled();
    expect(run(protectedFileRedirect, { status: 401 }, 'POST', '/x/@@download/file').next).toHaveBeenCalled();
  });
});

describe('backend down', () => {
  it('answers 503 with a Vietnamese page, without the backend address', () => {
    const err = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:8080'), { code: 'ECONNREFUSED' });
    const { res, next } = run(backendDownError, err, 'GET', '/tin-tuc/a/anh.png/@@images/image');
    expect(next).not.toHaveBeenCalled();
    expect(res.statusCode).toBe(503);
    expect(res.headers['Retry-After']).toBe('30');
    const html = res.send.mock.calls[0][0];
    expect(html).toContain('<html lang="vi">');
    expect(html).toContain('Hệ thống đang tạm thời gián đoạn');
    expect(html).not.toContain('127.0.0.1');
  });

  it('leaves other errors to Volto', () => {
    const err = { status: 404 };
    expect(run(backendDownError, err, 'GET', '/x').next).toHaveBeenCalledWith(err);
  });
});

describe('error middleware', () => {
  it('are error handlers (four arguments), added once, after Volto\'s', () => {
    expect(protectedFileRedirect.length).toBe(4);
    expect(backendDownError.length).toBe(4);
    const config = { settings: { expressMiddleware: ['files'] } };
    applyErrorMiddleware(config);
    applyErrorMiddleware(config);
    expect(config.settings.expressMiddleware).toEqual(['files', protectedFileRedirect, backendDownError]);
  });
});
