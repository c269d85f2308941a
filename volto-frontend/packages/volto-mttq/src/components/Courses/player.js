import { useEffect } from 'react';
import { useDispatch, useSelector } from 'react-redux';
import { flattenToAppURL } from '@plone/volto/helpers/Url/Url';
import { getCourseOutline } from '../../actions/coursePlayer';
import './player.less';

/** App path of a content object (or its @id). */
export const appPath = (content) =>
  flattenToAppURL((content && (content['@id'] || content)) || '');

/**
 * The course outline around `content`, fetched for logged-in users
 * (anonymous visitors never reach course content: it is intranet).
 * @returns {Object} { loading, error, data } of this page only.
 */
export function useCourseOutline(content) {
  const dispatch = useDispatch();
  const path = appPath(content);
  const token = useSelector((state) => state.userSession?.token);
  const outline = useSelector((state) => state.mttqCoursePlayer?.outline);
  useEffect(() => {
    if (token && path) dispatch(getCourseOutline(path));
  }, [dispatch, token, path]);
  return outline && outline.path === path ? outline : {};
}

/**
 * The address to embed a video link in a player frame: YouTube and Vimeo
 * links become their embed pages; other links are not embedded (null).
 */
export function videoEmbed(url) {
  if (!url) return null;
  let parsed;
  try {
    parsed = new URL(url);
  } catch (e) {
    return null;
  }
  const host = parsed.hostname.replace(/^(www|m)\./, '');
  let id = null;
  if (host === 'youtu.be') id = parsed.pathname.slice(1);
  if (host === 'youtube.com' || host === 'youtube-nocookie.com') {
    id =
      parsed.searchParams.get('v') ||
      (parsed.pathname.match(/^\/(embed|shorts|live)\/([^/?]+)/) || [])[2];
  }
  if (id && /^[\w-]{6,}$/.test(id)) {
    return `https://www.youtube-nocookie.com/embed/${id}`;
  }
  if (host === 'vimeo.com') {
    const vimeo = parsed.pathname.match(/^\/(\d+)/);
    if (vimeo) return `https://player.vimeo.com/video/${vimeo[1]}`;
  }
  return null;
}

/** Seconds as m:ss (or h:mm:ss). */
export function formatCountdown(seconds) {
  const s = Math.max(0, Math.ceil(seconds));
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const ss = String(s % 60).padStart(2, '0');
  return h ? `${h}:${String(m).padStart(2, '0')}:${ss}` : `${m}:${ss}`;
}

/** Where a lesson or quiz is in the outline: its module and the item. */
export function findItem(outline, uid) {
  for (const module of outline?.modules || []) {
    const item = module.items.find((i) => i.uid === uid);
    if (item) return { module, item };
  }
  return {};
}
