/** The backend's Vietnamese message of a failed API call, else `fallback`. */
export function errorMessage(error, fallback) {
  const body = error?.response?.body;
  return body?.error?.message || body?.message || fallback;
}

/** The state tab of the proposals page from its address (`?trang-thai=`). */
export const STATES = ['pending', 'accepted', 'declined'];
export function stateOf(search = '') {
  const value = new URLSearchParams(search).get('trang-thai');
  return STATES.includes(value) ? value : 'pending';
}

export const ROUTE = 'de-xuat-tin';
