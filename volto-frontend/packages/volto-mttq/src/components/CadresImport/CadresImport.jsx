/**
 * Nhập cán bộ (route /nhap-can-bo), for the province office: choose a CSV
 * file, check it (a dry run of `@cadres-import`: every row checked, errors
 * listed row by row, nothing written), then import it.
 *
 * Large files: the check shows the upload's progress; the import goes in
 * chunks of CHUNK rows, each a short request that checks the whole file
 * again before writing its rows, so the bar moves and an invalid file
 * imports nothing. Rows already imported count as "already there", so an
 * interrupted import is finished by running it again.
 */
import React, { useState } from 'react';
import { useSelector } from 'react-redux';
import { Link } from 'react-router-dom';
import { defineMessages, useIntl } from 'react-intl';
import { Button, Container, Message, Table } from 'semantic-ui-react';
import { postJSON } from './request';
import { isOffice, useCurrentUser } from '../Completion/access';

export const ROUTE = '/nhap-can-bo';
// About 50 ms a new account on a loaded server: a chunk of 200 answers in
// seconds, and a 5,000-row file moves the bar 25 times.
export const CHUNK = 200;
const MAX_ERRORS_SHOWN = 200;

const messages = defineMessages({
  title: { id: 'mttq-import-title', defaultMessage: 'Nhập cán bộ từ tệp CSV' },
  help: {
    id: 'mttq-import-help',
    defaultMessage:
      'Tệp CSV (UTF-8) có dòng tiêu đề gồm các cột: Họ và tên, Email, Mã đơn vị, Chức vụ. Mỗi cán bộ nhận tài khoản đăng nhập là địa chỉ thư điện tử, vào nhóm cán bộ của đơn vị (và các khóa học bắt buộc của đơn vị), rồi tự đặt mật khẩu qua "Quên mật khẩu". Cán bộ đã có tài khoản mà mang mã đơn vị mới sẽ được chuyển đơn vị, giữ nguyên kết quả học tập.',
  },
  template: { id: 'mttq-import-template', defaultMessage: 'Tải tệp mẫu' },
  file: { id: 'mttq-import-file', defaultMessage: 'Chọn tệp CSV' },
  fileInfo: {
    id: 'mttq-import-file-info',
    defaultMessage: 'Tệp {name}: khoảng {lines} dòng',
  },
  check: { id: 'mttq-import-check', defaultMessage: 'Kiểm tra (chạy thử)' },
  checking: {
    id: 'mttq-import-checking',
    defaultMessage: 'Đang gửi và kiểm tra tệp… {percent}%',
  },
  invalid: {
    id: 'mttq-import-invalid',
    defaultMessage: 'Chưa nhập cán bộ nào: hãy sửa các lỗi dưới đây rồi kiểm tra lại.',
  },
  line: { id: 'mttq-import-line', defaultMessage: 'Dòng' },
  error: { id: 'mttq-import-error', defaultMessage: 'Lỗi' },
  moreErrors: {
    id: 'mttq-import-more-errors',
    defaultMessage: 'và {count} lỗi khác.',
  },
  valid: {
    id: 'mttq-import-valid',
    defaultMessage: 'Tệp hợp lệ: {rows} dòng. Khi nhập sẽ:',
  },
  planCreate: {
    id: 'mttq-import-plan-create',
    defaultMessage: 'tạo {count} tài khoản mới',
  },
  planExisting: {
    id: 'mttq-import-plan-existing',
    defaultMessage: '{count} cán bộ đã có, giữ nguyên',
  },
  planJoin: {
    id: 'mttq-import-plan-join',
    defaultMessage: '{count} tài khoản đã có vào nhóm cán bộ của đơn vị',
  },
  planMove: {
    id: 'mttq-import-plan-move',
    defaultMessage: 'chuyển {count} cán bộ sang đơn vị mới (giữ kết quả học tập)',
  },
  moveRow: {
    id: 'mttq-import-move-row',
    defaultMessage: 'Dòng {line}: {userid} từ đơn vị {from} sang {to}',
  },
  import: { id: 'mttq-import-run', defaultMessage: 'Nhập {rows} cán bộ' },
  importing: {
    id: 'mttq-import-importing',
    defaultMessage: 'Đang nhập: {done}/{total} dòng',
  },
  done: { id: 'mttq-import-done', defaultMessage: 'Đã nhập xong {rows} dòng.' },
  created: { id: 'mttq-import-created', defaultMessage: 'Tài khoản mới: {count}' },
  existing: { id: 'mttq-import-existing', defaultMessage: 'Đã có từ trước: {count}' },
  joined: {
    id: 'mttq-import-joined',
    defaultMessage: 'Vào nhóm cán bộ của đơn vị: {count}',
  },
  moved: { id: 'mttq-import-moved', defaultMessage: 'Chuyển đơn vị: {count}' },
  failed: {
    id: 'mttq-import-failed',
    defaultMessage:
      'Việc nhập dừng lại sau {done}/{total} dòng: {reason} Chạy lại việc nhập để hoàn tất; các dòng đã nhập sẽ được giữ nguyên.',
  },
  network: {
    id: 'mttq-import-network',
    defaultMessage: 'Không kết nối được máy chủ.',
  },
  readFailed: {
    id: 'mttq-import-read-failed',
    defaultMessage: 'Không đọc được tệp. Hãy chọn một tệp CSV dạng văn bản UTF-8.',
  },
  forbidden: {
    id: 'mttq-import-forbidden',
    defaultMessage: 'Chỉ Văn phòng tỉnh (quản trị trang) được nhập cán bộ.',
  },
  login: {
    id: 'mttq-import-login',
    defaultMessage: 'Vui lòng đăng nhập bằng tài khoản của Văn phòng tỉnh.',
  },
  dashboard: {
    id: 'mttq-import-dashboard',
    defaultMessage: 'Xem bảng theo dõi hoàn thành',
  },
});

const TEMPLATE =
  'data:text/csv;charset=utf-8,' +
  encodeURIComponent(
    '\ufeffHọ và tên,Email,Mã đơn vị,Chức vụ\n' +
      'Nguyễn Văn An,an.nv@example.vn,178,Phó Chủ tịch\n',
  );

const percent = (x) => Math.round(100 * x);

function readText(file) {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(reader.result);
    reader.onerror = () => reject(reader.error);
    reader.readAsText(file, 'utf-8');
  });
}

const refused = (status) => status === 401 || status === 403;

export default function CadresImport() {
  const intl = useIntl();
  const t = (m, v) => intl.formatMessage(m, v);
  const token = useSelector((state) => state.userSession?.token);
  const user = useCurrentUser();
  const [file, setFile] = useState(null);
  const [phase, setPhase] = useState('idle');
  const [upload, setUpload] = useState(0);
  const [check, setCheck] = useState(null);
  const [progress, setProgress] = useState({ done: 0, total: 0 });
  const [result, setResult] = useState(null);
  const [problem, setProblem] = useState(null);

  if (!token) {
    return (
      <Container className="mttq-cadres-import">
        <h1 className="documentFirstHeading">{t(messages.title)}</h1>
        <Message warning role="alert" content={t(messages.login)} />
      </Container>
    );
  }
  if ((user && !isOffice(user)) || refused(problem?.status)) {
    return (
      <Container className="mttq-cadres-import">
        <h1 className="documentFirstHeading">{t(messages.title)}</h1>
        <Message warning role="alert" content={t(messages.forbidden)} />
      </Container>
    );
  }

  const choose = async (event) => {
    const chosen = event.target.files?.[0];
    setCheck(null);
    setResult(null);
    setProblem(null);
    setPhase('idle');
    if (!chosen) return setFile(null);
    try {
      const text = await readText(chosen);
      setFile({ name: chosen.name, text, lines: text.split('\n').filter((l) => l.trim()).length });
    } catch (e) {
      setFile(null);
      setProblem({ message: t(messages.readFailed) });
    }
  };

  const dryRun = async () => {
    setPhase('checking');
    setUpload(0);
    setCheck(null);
    setResult(null);
    setProblem(null);
    try {
      const answer = await postJSON(
        '/@cadres-import',
        { csv: file.text, dry_run: true },
        token,
        setUpload,
      );
      if (refused(answer.status)) {
        setProblem({ status: answer.status });
      } else if (answer.status === 200) {
        setCheck(answer.data);
      } else {
        setCheck({ error: answer.data?.error || {} });
      }
    } catch (e) {
      setProblem({ message: t(messages.network) });
    }
    setPhase('checked');
  };

  const run = async () => {
    const total = check.rows;
    const sum = { created: [], existing: [], joined: [], moved: [] };
    setPhase('importing');
    setProgress({ done: 0, total });
    setProblem(null);
    for (let start = 0; start < total; start += CHUNK) {
      let answer;
      try {
        // Sequential on purpose: each chunk is one short transaction.
        // eslint-disable-next-line no-await-in-loop
        answer = await postJSON(
          '/@cadres-import',
          { csv: file.text, start, size: CHUNK },
          token,
        );
      } catch (e) {
        answer = { status: 0, data: null };
      }
      if (answer.status !== 200) {
        if (refused(answer.status)) return setProblem({ status: answer.status });
        setProblem({
          message: t(messages.failed, {
            done: start,
            total,
            reason: answer.data?.error?.message || t(messages.network),
          }),
        });
        setResult(sum);
        return setPhase('failed');
      }
      Object.keys(sum).forEach((key) => sum[key].push(...(answer.data[key] || [])));
      setProgress({ done: answer.data.end, total });
    }
    setResult(sum);
    setPhase('done');
  };

  const errors = check?.error?.errors || [];
  const busy = phase === 'checking' || phase === 'importing';
  return (
    <Container id="page-document" className="mttq-cadres-import">
      <h1 className="documentFirstHeading">{t(messages.title)}</h1>
      <p>{t(messages.help)}</p>
      <p>
        <a href={TEMPLATE} download="mau-nhap-can-bo.csv">
          {t(messages.template)}
        </a>
      </p>
      <p>
        <label htmlFor="mttq-import-file">{t(messages.file)}</label>{' '}
        <input
          id="mttq-import-file"
          type="file"
          accept=".csv,text/csv"
          onChange={choose}
          disabled={busy}
        />
      </p>
      {file && (
        <p className="mttq-import-file-info">
          {t(messages.fileInfo, { name: file.name, lines: file.lines })}
        </p>
      )}
      {problem?.message && (
        <Message error role="alert" className="mttq-import-problem" content={problem.message} />
      )}
      {file && (
        <Button type="button" onClick={dryRun} disabled={busy} className="mttq-import-check">
          {t(messages.check)}
        </Button>
      )}
      {phase === 'checking' && (
        <p role="status">
          <progress max={100} value={percent(upload)} />{' '}
          {t(messages.checking, { percent: percent(upload) })}
        </p>
      )}
      {check?.error && (
        <section className="mttq-import-errors">
          <Message error role="alert">
            <p>{check.error.message}</p>
            <p>{t(messages.invalid)}</p>
          </Message>
          {errors.length > 0 && (
            <Table celled compact unstackable>
              <Table.Header>
                <Table.Row>
                  <Table.HeaderCell>{t(messages.line)}</Table.HeaderCell>
                  <Table.HeaderCell>{t(messages.error)}</Table.HeaderCell>
                </Table.Row>
              </Table.Header>
              <Table.Body>
                {errors.slice(0, MAX_ERRORS_SHOWN).map((e, i) => (
                  // eslint-disable-next-line react/no-array-index-key
                  <Table.Row key={i} data-line={e.line}>
                    <Table.Cell>{e.line}</Table.Cell>
                    <Table.Cell>{e.message}</Table.Cell>
                  </Table.Row>
                ))}
              </Table.Body>
            </Table>
          )}
          {errors.length > MAX_ERRORS_SHOWN && (
            <p>{t(messages.moreErrors, { count: errors.length - MAX_ERRORS_SHOWN })}</p>
          )}
        </section>
      )}
      {check?.valid && (
        <section className="mttq-import-plan">
          <Message info>
            <p>{t(messages.valid, { rows: check.rows })}</p>
            <ul>
              <li data-plan="create">{t(messages.planCreate, { count: check.plan.create })}</li>
              <li data-plan="existing">
                {t(messages.planExisting, { count: check.plan.existing })}
              </li>
              <li data-plan="join">{t(messages.planJoin, { count: check.plan.join })}</li>
              <li data-plan="move">{t(messages.planMove, { count: check.plan.move })}</li>
            </ul>
            {check.moves?.length > 0 && (
              <ul className="mttq-import-moves">
                {check.moves.map((m) => (
                  <li key={m.line}>{t(messages.moveRow, m)}</li>
                ))}
              </ul>
            )}
          </Message>
          {(phase === 'checked' || phase === 'failed') && (
            <Button primary type="button" onClick={run} className="mttq-import-run">
              {t(messages.import, { rows: check.rows })}
            </Button>
          )}
        </section>
      )}
      {(phase === 'importing' || phase === 'done' || phase === 'failed') && (
        <p role="status" className="mttq-import-progress">
          <progress max={progress.total || 1} value={progress.done} />{' '}
          {t(messages.importing, progress)}
        </p>
      )}
      {result && (
        <section className="mttq-import-result">
          {phase === 'done' && (
            <Message success>
              <p>{t(messages.done, { rows: progress.total })}</p>
            </Message>
          )}
          <ul>
            <li data-result="created">
              {t(messages.created, { count: result.created.length })}
            </li>
            <li data-result="existing">
              {t(messages.existing, { count: result.existing.length })}
            </li>
            <li data-result="joined">
              {t(messages.joined, { count: result.joined.length })}
            </li>
            <li data-result="moved">
              {t(messages.moved, { count: result.moved.length })}
            </li>
          </ul>
          <p>
            <Link to="/theo-doi-hoan-thanh">{t(messages.dashboard)}</Link>
          </p>
        </section>
      )}
    </Container>
  );
}
