import { GET_MY_LEARNING, VERIFY_CERTIFICATE } from '../constants';

/**
 * The current user's courses and resume point (`GET /@my-learning`).
 * @returns {Object} Volto API action.
 */
export function getMyLearning() {
  return {
    type: GET_MY_LEARNING,
    request: { op: 'get', path: '/@my-learning' },
  };
}

/**
 * Public verification of a certificate (`GET /@verify-certificate/<code>`).
 * @param {string} code Certificate code from the QR code.
 * @returns {Object} Volto API action.
 */
export function verifyCertificate(code) {
  return {
    type: VERIFY_CERTIFICATE,
    request: {
      op: 'get',
      path: `/@verify-certificate/${encodeURIComponent(code)}`,
    },
  };
}
