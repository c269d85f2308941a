/**
 * Who gets the links to the completion dashboard and the cadre import.
 * Only links: the backend decides what each reader may see (@completion
 * answers 403 outside the reader's scope, @cadres-import to non-admins).
 */
import { useEffect } from 'react';
import { useDispatch, useSelector } from 'react-redux';
import jwtDecode from 'jwt-decode';
import { getUser } from '@plone/volto/actions/users/users';

const OFFICE_ROLES = ['Manager', 'Site Administrator'];
const LEADERS = /^unit-.+-leaders$/;

const groupIds = (user) =>
  (user?.groups?.items || []).map((g) => g.id || g.token || g);

/** The province office: Manager / Site Administrator (also through groups). */
export function isOffice(user) {
  return (
    (user?.roles || []).some((r) => OFFICE_ROLES.includes(r)) ||
    groupIds(user).includes('mttq-site-administrators')
  );
}

/** The province office or a unit's leader. */
export function canFollowCompletion(user) {
  return isOffice(user) || groupIds(user).some((id) => LEADERS.test(id));
}

/** The logged-in user as `@users/<id>` describes them (roles, groups). */
export function useCurrentUser() {
  const dispatch = useDispatch();
  const token = useSelector((state) => state.userSession?.token);
  const user = useSelector((state) => state.users?.user);
  let userId = '';
  try {
    userId = token ? jwtDecode(token).sub : '';
  } catch (e) {
    userId = '';
  }
  const known = user && user.id === userId;
  useEffect(() => {
    if (userId && !known) dispatch(getUser(userId));
  }, [dispatch, userId, known]);
  return known ? user : null;
}

/** dd/mm/yyyy in Vietnam time, from epoch seconds. */
export function formatDay(seconds) {
  if (!seconds) return '';
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone: 'Asia/Ho_Chi_Minh',
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
  }).formatToParts(new Date(seconds * 1000));
  const part = (type) => parts.find((p) => p.type === type)?.value;
  return `${part('day')}/${part('month')}/${part('year')}`;
}
