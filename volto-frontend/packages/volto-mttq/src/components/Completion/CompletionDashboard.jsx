/**
 * Theo dõi hoàn thành (route /theo-doi-hoan-thanh): per mandatory course, the
 * share of cadres who completed it per unit against the 100% target (table
 * and chart), the drill-down to one unit's cadres filtered by status, and
 * CSV exports. The province office sees every unit, a unit's leader only
 * theirs: the backend scopes the data and refuses other units (403).
 * Course, unit, status and name filter live in the URL
 * (?khoa-hoc=<uid>&don-vi=<code>&trang-thai=<status>&tim=<text>), so a view
 * can be shared.
 */
import React, { useEffect } from 'react';
import { useDispatch, useSelector } from 'react-redux';
import { Link, useHistory } from 'react-router-dom';
import { defineMessages, useIntl } from 'react-intl';
import { Container, Message, Table } from 'semantic-ui-react';
import {
  completionPath,
  getCompletion,
  getCompletionUnit,
} from '../../actions/completion';
import CompletionChart from './CompletionChart';
import { formatDay, isOffice, useCurrentUser } from './access';

export const ROUTE = '/theo-doi-hoan-thanh';
export const STATUSES = ['not_started', 'in_progress', 'completed'];

const messages = defineMessages({
  title: {
    id: 'mttq-completion-title',
    defaultMessage: 'Theo dõi hoàn thành khóa học',
  },
  scopeAll: {
    id: 'mttq-completion-scope-all',
    defaultMessage: 'Toàn tỉnh: mọi đơn vị',
  },
  scopeUnits: {
    id: 'mttq-completion-scope-units',
    defaultMessage: 'Đơn vị của bạn: {units}',
  },
  course: { id: 'mttq-completion-course', defaultMessage: 'Khóa học bắt buộc' },
  noCourse: {
    id: 'mttq-completion-no-course',
    defaultMessage: 'Chưa có khóa học bắt buộc nào.',
  },
  overall: {
    id: 'mttq-completion-overall',
    defaultMessage:
      '{completed}/{total} cán bộ đã hoàn thành ({share}%), mục tiêu 100%',
  },
  unit: { id: 'mttq-completion-unit', defaultMessage: 'Đơn vị' },
  cadres: { id: 'mttq-completion-cadres', defaultMessage: 'Số cán bộ' },
  completed: { id: 'mttq-completion-completed', defaultMessage: 'Đã hoàn thành' },
  in_progress: { id: 'mttq-completion-in-progress', defaultMessage: 'Đang học' },
  not_started: {
    id: 'mttq-completion-not-started',
    defaultMessage: 'Chưa bắt đầu',
  },
  share: { id: 'mttq-completion-share', defaultMessage: 'Tỷ lệ hoàn thành' },
  details: { id: 'mttq-completion-details', defaultMessage: 'Xem cán bộ' },
  csvSummary: {
    id: 'mttq-completion-csv-summary',
    defaultMessage: 'Tải bảng tổng hợp (CSV)',
  },
  csvUnit: {
    id: 'mttq-completion-csv-unit',
    defaultMessage: 'Tải danh sách cán bộ (CSV)',
  },
  back: {
    id: 'mttq-completion-back',
    defaultMessage: '‹ Tất cả đơn vị',
  },
  unitTitle: {
    id: 'mttq-completion-unit-title',
    defaultMessage: 'Cán bộ của {unit}',
  },
  all: { id: 'mttq-completion-all', defaultMessage: 'Tất cả' },
  filter: { id: 'mttq-completion-filter', defaultMessage: 'Lọc theo trạng thái' },
  search: { id: 'mttq-completion-search', defaultMessage: 'Tìm theo tên' },
  fullname: { id: 'mttq-completion-fullname', defaultMessage: 'Họ và tên' },
  login: { id: 'mttq-completion-login', defaultMessage: 'Tài khoản' },
  status: { id: 'mttq-completion-status', defaultMessage: 'Trạng thái' },
  lessons: { id: 'mttq-completion-lessons', defaultMessage: 'Bài đã học' },
  quiz: {
    id: 'mttq-completion-quiz',
    defaultMessage: 'Điểm kiểm tra (tốt nhất, TB)',
  },
  date: { id: 'mttq-completion-date', defaultMessage: 'Ngày hoàn thành' },
  certificate: {
    id: 'mttq-completion-certificate',
    defaultMessage: 'Mã chứng nhận',
  },
  movedFrom: {
    id: 'mttq-completion-moved-from',
    defaultMessage: 'Chuyển từ {unit} ngày {date}',
  },
  noCadre: {
    id: 'mttq-completion-no-cadre',
    defaultMessage: 'Không có cán bộ nào khớp bộ lọc.',
  },
  shown: {
    id: 'mttq-completion-shown',
    defaultMessage: 'Hiển thị {shown}/{total} cán bộ',
  },
  loading: { id: 'mttq-completion-loading', defaultMessage: 'Đang tải số liệu…' },
  login_required: {
    id: 'mttq-completion-login-required',
    defaultMessage: 'Vui lòng đăng nhập để theo dõi kết quả học tập.',
  },
  forbidden: {
    id: 'mttq-completion-forbidden',
    defaultMessage:
      'Bạn không có quyền xem kết quả học tập này. Trang này dành cho Văn phòng tỉnh và lãnh đạo đơn vị.',
  },
  failed: {
    id: 'mttq-completion-failed',
    defaultMessage: 'Không tải được số liệu. Vui lòng thử lại sau.',
  },
  import: { id: 'mttq-completion-import', defaultMessage: 'Nhập cán bộ từ CSV' },
});

/** The dashboard's state from the URL's query string. */
export function parseQuery(search) {
  const q = new URLSearchParams(search || '');
  const status = q.get('trang-thai');
  return {
    course: q.get('khoa-hoc') || '',
    unit: q.get('don-vi') || '',
    status: STATUSES.includes(status) ? status : '',
    text: q.get('tim') || '',
  };
}

/** A dashboard URL for a state (empty values left out). */
export function dashboardUrl({ course, unit, status, text }) {
  const q = new URLSearchParams();
  if (course) q.set('khoa-hoc', course);
  if (unit) q.set('don-vi', unit);
  if (status) q.set('trang-thai', status);
  if (text) q.set('tim', text);
  const s = q.toString();
  return s ? `${ROUTE}?${s}` : ROUTE;
}

// CSV files come straight from the REST API through the frontend's ++api++
// proxy, which carries the login cookie.
export const csvHref = (course, unit) =>
  `/++api++${completionPath(course, unit, 'csv')}`;

// Inline: the add-on's theme gives links' colours to Semantic's basic buttons.
const FILTERS = { display: 'flex', flexWrap: 'wrap', gap: '0.5em', alignItems: 'center' };
const OUTLINED = {
  border: '1px solid #b0b0b0',
  borderRadius: '0.3em',
  padding: '0.7em 1.2em',
  margin: 0,
};

/** Vietnamese, accent-insensitive comparison for the name filter. */
const fold = (s) =>
  (s || '')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase();

function ErrorMessage({ error, intl }) {
  const status = error?.status;
  // The backend's own Vietnamese message says exactly what is refused.
  const text =
    error?.response?.body?.error?.message ||
    intl.formatMessage(
      status === 401
        ? messages.login_required
        : status === 403
          ? messages.forbidden
          : messages.failed,
    );
  return (
    <Message
      warning={status === 401 || status === 403}
      error={status !== 401 && status !== 403}
      role="alert"
      className="mttq-completion-refused"
      content={text}
    />
  );
}

function UnitCadres({ course, unit, state, query, intl, history }) {
  const t = (m, v) => intl.formatMessage(m, v);
  if (state.loading) return <p role="status">{t(messages.loading)}</p>;
  if (state.error) return <ErrorMessage error={state.error} intl={intl} />;
  const items = state.data?.items;
  if (!items) return null;
  const counts = STATUSES.reduce(
    (acc, s) => ({ ...acc, [s]: items.filter((i) => i.status === s).length }),
    {},
  );
  const needle = fold(query.text);
  const shown = items.filter(
    (i) =>
      (!query.status || i.status === query.status) &&
      (!needle ||
        fold(i.fullname).includes(needle) ||
        fold(i.userid).includes(needle)),
  );
  // Typing refines the same view: replace, not a history entry per key.
  const go = (change) => history.replace(dashboardUrl({ ...query, ...change }));
  return (
    <section className="mttq-completion-unit" aria-live="polite">
      <h2>
        {t(messages.unitTitle, { unit: unit?.title || query.unit })}
        {course ? ` – ${course.title}` : ''}
      </h2>
      <p>
        <Link to={dashboardUrl({ course: query.course })}>{t(messages.back)}</Link>
        {' · '}
        <a href={csvHref(query.course, query.unit)} download>
          {t(messages.csvUnit)}
        </a>
      </p>
      <div
        className="mttq-completion-filters"
        role="group"
        aria-label={t(messages.filter)}
        style={FILTERS}
      >
        {['', ...STATUSES].map((s) => (
          <Link
            key={s || 'all'}
            to={dashboardUrl({ ...query, status: s })}
            className={`ui button ${query.status === s ? 'primary' : 'basic'}`}
            aria-current={query.status === s ? 'true' : undefined}
            data-status={s || 'all'}
            style={query.status === s ? undefined : OUTLINED}
          >
            {s ? t(messages[s]) : t(messages.all)} (
            {s ? counts[s] : items.length})
          </Link>
        ))}
        <label className="mttq-completion-search">
          {t(messages.search)}{' '}
          <input
            type="search"
            defaultValue={query.text}
            onChange={(e) => go({ text: e.target.value })}
          />
        </label>
      </div>
      <p role="status">
        {t(messages.shown, { shown: shown.length, total: items.length })}
      </p>
      {shown.length === 0 ? (
        <p>{t(messages.noCadre)}</p>
      ) : (
        <Table celled compact unstackable className="mttq-completion-cadres">
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell>{t(messages.fullname)}</Table.HeaderCell>
              <Table.HeaderCell>{t(messages.login)}</Table.HeaderCell>
              <Table.HeaderCell>{t(messages.status)}</Table.HeaderCell>
              <Table.HeaderCell textAlign="right">
                {t(messages.lessons)}
              </Table.HeaderCell>
              <Table.HeaderCell textAlign="right">{t(messages.quiz)}</Table.HeaderCell>
              <Table.HeaderCell>{t(messages.date)}</Table.HeaderCell>
              <Table.HeaderCell>{t(messages.certificate)}</Table.HeaderCell>
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {shown.map((item) => (
              <Table.Row
                key={item.userid}
                data-userid={item.userid}
                data-status={item.status}
              >
                <Table.Cell>
                  {item.fullname}
                  {item.moved_from && (
                    <div className="mttq-completion-moved">
                      {t(messages.movedFrom, {
                        unit: item.moved_from.title,
                        date: formatDay(item.moved_from.at),
                      })}
                    </div>
                  )}
                </Table.Cell>
                <Table.Cell>{item.userid}</Table.Cell>
                <Table.Cell className={`mttq-status-${item.status}`}>
                  {t(messages[item.status] || messages.not_started)}
                </Table.Cell>
                <Table.Cell textAlign="right">{item.lessons_done}</Table.Cell>
                <Table.Cell textAlign="right">
                  {item.quiz_best === null || item.quiz_best === undefined
                    ? '–'
                    : `${item.quiz_best}%`}
                </Table.Cell>
                <Table.Cell>{formatDay(item.completed)}</Table.Cell>
                <Table.Cell>{item.certificate || ''}</Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      )}
    </section>
  );
}

function CourseSummary({ course, query, intl }) {
  const t = (m, v) => intl.formatMessage(m, v);
  return (
    <section className="mttq-completion-course" data-course={course.uid}>
      <h2>{course.title}</h2>
      <p className="mttq-completion-overall">
        <progress max={100} value={course.share} />{' '}
        {t(messages.overall, {
          completed: course.completed,
          total: course.total,
          share: course.share,
        })}
      </p>
      <p>
        <a href={csvHref(course.uid)} download>
          {t(messages.csvSummary)}
        </a>
      </p>
      <Table celled compact unstackable className="mttq-completion-units">
        <Table.Header>
          <Table.Row>
            <Table.HeaderCell>{t(messages.unit)}</Table.HeaderCell>
            <Table.HeaderCell textAlign="right">{t(messages.cadres)}</Table.HeaderCell>
            <Table.HeaderCell textAlign="right">
              {t(messages.completed)}
            </Table.HeaderCell>
            <Table.HeaderCell textAlign="right">
              {t(messages.in_progress)}
            </Table.HeaderCell>
            <Table.HeaderCell textAlign="right">
              {t(messages.not_started)}
            </Table.HeaderCell>
            <Table.HeaderCell textAlign="right">{t(messages.share)}</Table.HeaderCell>
            <Table.HeaderCell />
          </Table.Row>
        </Table.Header>
        <Table.Body>
          {course.units.map((u) => (
            <Table.Row key={u.unit} data-unit={u.unit}>
              <Table.Cell>{u.title}</Table.Cell>
              <Table.Cell textAlign="right">{u.total}</Table.Cell>
              <Table.Cell textAlign="right">{u.completed}</Table.Cell>
              <Table.Cell textAlign="right">{u.in_progress}</Table.Cell>
              <Table.Cell textAlign="right">{u.not_started}</Table.Cell>
              <Table.Cell textAlign="right">{u.share}%</Table.Cell>
              <Table.Cell>
                <Link
                  to={dashboardUrl({ course: course.uid, unit: u.unit })}
                  className="mttq-completion-drill"
                >
                  {t(messages.details)}
                </Link>
              </Table.Cell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
      {course.units.length > 0 && <CompletionChart units={course.units} />}
    </section>
  );
}

export default function CompletionDashboard({ location }) {
  const intl = useIntl();
  const t = (m, v) => intl.formatMessage(m, v);
  const dispatch = useDispatch();
  const history = useHistory();
  const token = useSelector((state) => state.userSession?.token);
  const state = useSelector((state) => state.mttqCompletion) || {};
  const user = useCurrentUser();
  const query = parseQuery(location?.search);
  const summary = state.summary || {};
  const courses = summary.data?.items || [];
  const course = courses.find((c) => c.uid === query.course) || courses[0];
  const courseUid = query.course || course?.uid || '';
  // ?don-vi= alone (a leader's bookmark) drills into the first course.
  const drill = query.unit ? courseUid : '';

  useEffect(() => {
    if (token) dispatch(getCompletion());
  }, [dispatch, token]);
  useEffect(() => {
    if (token && query.unit && drill) {
      dispatch(getCompletionUnit(drill, query.unit));
    }
  }, [dispatch, token, drill, query.unit]);

  const scope = summary.data?.scope;
  const unit = course?.units.find((u) => u.unit === query.unit);
  return (
    <Container id="page-document" className="mttq-completion">
      <h1 className="documentFirstHeading">{t(messages.title)}</h1>
      {!token && (
        <Message
          warning
          role="alert"
          className="mttq-completion-refused"
          content={t(messages.login_required)}
        />
      )}
      {token && summary.loading && <p role="status">{t(messages.loading)}</p>}
      {token && summary.error && (
        <ErrorMessage error={summary.error} intl={intl} />
      )}
      {token && summary.data && (
        <>
          <p className="mttq-completion-scope">
            {scope === 'all'
              ? t(messages.scopeAll)
              : t(messages.scopeUnits, {
                  units: (course?.units || []).map((u) => u.title).join(', ') ||
                    (scope || []).join(', '),
                })}
            {isOffice(user) && (
              <>
                {' · '}
                <Link to="/nhap-can-bo">{t(messages.import)}</Link>
              </>
            )}
          </p>
          {courses.length === 0 && <p>{t(messages.noCourse)}</p>}
          {courses.length > 1 && (
            <label className="mttq-completion-course-select">
              {t(messages.course)}{' '}
              <select
                value={courseUid}
                onChange={(e) =>
                  history.push(dashboardUrl({ course: e.target.value }))
                }
              >
                {courses.map((c) => (
                  <option key={c.uid} value={c.uid}>
                    {c.title} ({c.share}%)
                  </option>
                ))}
              </select>
            </label>
          )}
          {query.unit && drill ? (
            <UnitCadres
              course={course}
              unit={unit}
              state={state.unit || {}}
              query={{ ...query, course: drill }}
              intl={intl}
              history={history}
            />
          ) : (
            course && <CourseSummary course={course} query={query} intl={intl} />
          )}
        </>
      )}
    </Container>
  );
}
