import React, { useEffect, useState } from 'react';
import { defineMessages, useIntl } from 'react-intl';
import { withServerErrorCode } from '@plone/volto/helpers/Utils/Utils';
import Helmet from '@plone/volto/helpers/Helmet/Helmet';

const messages = defineMessages({
  title: {
    id: 'mttq-backend-down-title',
    defaultMessage: 'Hệ thống đang tạm thời gián đoạn',
  },
  text: {
    id: 'mttq-backend-down-text',
    defaultMessage:
      'Máy chủ dữ liệu của cổng thông tin hiện không phản hồi. Chúng tôi xin lỗi vì sự bất tiện này.',
  },
  retry: {
    id: 'mttq-backend-down-retry',
    defaultMessage:
      'Trang sẽ tự tải lại khi hệ thống hoạt động trở lại. Bạn cũng có thể thử lại ngay.',
  },
  reload: { id: 'mttq-backend-down-reload', defaultMessage: 'Thử lại' },
});

// How often the page asks whether the backend is back (ms).
export const RETRY_INTERVAL = 15000;

/** Does the backend answer again? (through this server's API proxy) */
export async function backendIsBack(fetchImpl) {
  try {
    const res = await fetchImpl('/++api++/@units', {
      headers: { Accept: 'application/json' },
      cache: 'no-store',
    });
    return res.ok;
  } catch (e) {
    return false;
  }
}

/**
 * Shown (HTTP 503) when the backend does not answer: a plain Vietnamese
 * explanation instead of a crash. In the browser it checks every
 * RETRY_INTERVAL whether the backend is back and then reloads the page.
 */
const BackendUnavailable = ({ retryInterval = RETRY_INTERVAL }) => {
  const intl = useIntl();
  const [checking, setChecking] = useState(false);

  useEffect(() => {
    if (typeof window === 'undefined' || !window.fetch) return undefined;
    let stopped = false;
    const timer = setInterval(async () => {
      if (stopped) return;
      setChecking(true);
      const back = await backendIsBack(window.fetch.bind(window));
      if (stopped) return;
      setChecking(false);
      if (back) {
        stopped = true;
        window.location.reload();
      }
    }, retryInterval);
    return () => {
      stopped = true;
      clearInterval(timer);
    };
  }, [retryInterval]);

  return (
    <div className="ui container view-wrapper mttq-backend-down" role="alert">
      <Helmet title={intl.formatMessage(messages.title)} />
      <h1 className="documentFirstHeading">
        {intl.formatMessage(messages.title)}
      </h1>
      <p>{intl.formatMessage(messages.text)}</p>
      <p>{intl.formatMessage(messages.retry)}</p>
      <p>
        <a
          className="mttq-backend-down-reload"
          href=""
          aria-busy={checking ? 'true' : undefined}
          onClick={(event) => {
            event.preventDefault();
            window.location.reload();
          }}
        >
          {intl.formatMessage(messages.reload)}
        </a>
      </p>
    </div>
  );
};

BackendUnavailable.displayName = 'BackendUnavailable';

export default withServerErrorCode(503)(BackendUnavailable);
