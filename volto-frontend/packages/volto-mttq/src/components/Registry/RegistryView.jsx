import React, { useEffect, useState } from 'react';
import { Link } from 'react-router-dom';
import { useDispatch, useSelector } from 'react-redux';
import { defineMessages, useIntl } from 'react-intl';
import { flattenToAppURL } from '@plone/volto/helpers/Url/Url';
import { getRegistry } from '../../actions/registry';
import {
  PAGE_SIZE,
  PROVINCE_CODE,
  REGISTRY_FILTERS,
  parseRegistryQuery,
  registryCsvUrl,
} from '../../helpers/registry';
import { useUrlFilters, withFilter } from '../../helpers/urlFilters';
import Paging from '../Paging/Paging';

const messages = defineMessages({
  heading: { id: 'mttq-registry-heading', defaultMessage: 'Sổ văn bản' },
  tabs: { id: 'mttq-registry-tabs', defaultMessage: 'Phạm vi' },
  own: { id: 'mttq-registry-own', defaultMessage: 'Văn bản của đơn vị' },
  provinceOwn: {
    id: 'mttq-registry-province-own',
    defaultMessage: 'Văn bản của tỉnh',
  },
  upper: { id: 'mttq-registry-upper', defaultMessage: 'Văn bản cấp trên' },
  network: { id: 'mttq-registry-network', defaultMessage: 'Toàn mạng lưới' },
  filters: { id: 'mttq-registry-filters', defaultMessage: 'Lọc văn bản' },
  q: { id: 'mttq-registry-q', defaultMessage: 'Từ khóa' },
  search: { id: 'mttq-registry-search', defaultMessage: 'Tìm' },
  type: { id: 'mttq-registry-type', defaultMessage: 'Loại văn bản' },
  year: { id: 'mttq-registry-year', defaultMessage: 'Năm ban hành' },
  field: { id: 'mttq-registry-field', defaultMessage: 'Lĩnh vực' },
  body: { id: 'mttq-registry-body', defaultMessage: 'Cơ quan ban hành' },
  signer: { id: 'mttq-registry-signer', defaultMessage: 'Người ký' },
  sort: { id: 'mttq-registry-sort', defaultMessage: 'Sắp xếp' },
  newest: { id: 'mttq-registry-newest', defaultMessage: 'Mới ban hành trước' },
  oldest: { id: 'mttq-registry-oldest', defaultMessage: 'Cũ trước' },
  all: { id: 'mttq-registry-all', defaultMessage: 'Tất cả' },
  clear: { id: 'mttq-registry-clear', defaultMessage: 'Bỏ lọc' },
  csv: { id: 'mttq-registry-csv', defaultMessage: 'Tải danh sách (CSV)' },
  total: { id: 'mttq-registry-total', defaultMessage: '{count} văn bản' },
  none: {
    id: 'mttq-registry-none',
    defaultMessage: 'Không có văn bản nào phù hợp.',
  },
  loading: { id: 'mttq-registry-loading', defaultMessage: 'Đang tải…' },
  error: {
    id: 'mttq-registry-error',
    defaultMessage: 'Không tải được sổ văn bản.',
  },
  number: { id: 'mttq-registry-number', defaultMessage: 'Số, ký hiệu' },
  issued: { id: 'mttq-registry-issued', defaultMessage: 'Ngày ban hành' },
  summary: { id: 'mttq-registry-summary', defaultMessage: 'Trích yếu' },
});

export function formatDate(iso) {
  if (!iso) return '';
  const [y, m, d] = iso.split('-');
  return `${d}/${m}/${y}`;
}

const FacetSelect = ({ name, label, facets, value, onChange, allLabel }) => {
  const options = facets || [];
  const known = options.some((f) => f.value === value);
  return (
    <label className="mttq-registry-filter">
      <span>{label}</span>
      <select
        name={name}
        value={value || ''}
        onChange={(e) => onChange(name, e.target.value)}
      >
        <option value="">{allLabel}</option>
        {value && !known && <option value={value}>{value}</option>}
        {options.map((f) => (
          <option key={f.value} value={f.value}>
            {f.title} ({f.count})
          </option>
        ))}
      </select>
    </label>
  );
};

/**
 * The documents registry (block `mttqRegistry` of a "Văn bản" page, or of
 * any page of a unit or the root): tabs for the unit's own documents, the
 * province's ("Văn bản cấp trên") and the whole network; filters, sort and
 * page in the address (shareable); CSV of the filtered list.
 */
const RegistryView = ({ properties, path: blockPath }) => {
  const intl = useIntl();
  const dispatch = useDispatch();
  const path = flattenToAppURL(properties?.['@id'] || '') || blockPath || '/';
  const { params, qs, go, change } = useUrlFilters(REGISTRY_FILTERS);
  const { data, loading, error } = useSelector(
    (state) => state.mttqDocuments?.registry || {},
  );
  const [text, setText] = useState(params.q || '');

  useEffect(() => {
    dispatch(getRegistry(path, parseRegistryQuery(qs ? `?${qs}` : '')));
  }, [dispatch, path, qs]);
  useEffect(() => setText(params.q || ''), [params.q]);

  const facets = data?.facets || {};
  const isProvince = data?.unit_code === PROVINCE_CODE;
  const scope = params.scope || data?.scope || 'unit';
  const tabs = [
    ['unit', isProvince ? messages.provinceOwn : messages.own],
    ...(isProvince ? [] : [['upper', messages.upper]]),
    ['network', messages.network],
  ];
  const all = intl.formatMessage(messages.all);

  return (
    <section className="mttq-registry" aria-labelledby="mttq-registry-heading">
      <h2 id="mttq-registry-heading">{intl.formatMessage(messages.heading)}</h2>
      <nav
        aria-label={intl.formatMessage(messages.tabs)}
        className="mttq-registry-tabs"
      >
        {tabs.map(([value, label]) => (
          <button
            type="button"
            key={value}
            aria-pressed={scope === value}
            className={scope === value ? 'active' : ''}
            onClick={() =>
              go(
                withFilter(
                  { ...params, scope: undefined },
                  'scope',
                  value === 'unit' ? '' : value,
                ),
              )
            }
          >
            {intl.formatMessage(label)}
          </button>
        ))}
      </nav>
      <form
        className="mttq-registry-filters"
        aria-label={intl.formatMessage(messages.filters)}
        onSubmit={(e) => {
          e.preventDefault();
          change('q', text.trim());
        }}
      >
        <label className="mttq-registry-filter">
          <span>{intl.formatMessage(messages.q)}</span>
          <input
            type="search"
            name="q"
            value={text}
            onChange={(e) => setText(e.target.value)}
          />
        </label>
        <button type="submit">{intl.formatMessage(messages.search)}</button>
        <FacetSelect
          name="document_type"
          label={intl.formatMessage(messages.type)}
          facets={facets.document_type}
          value={params.document_type}
          onChange={change}
          allLabel={all}
        />
        <FacetSelect
          name="year"
          label={intl.formatMessage(messages.year)}
          facets={facets.year}
          value={params.year}
          onChange={change}
          allLabel={all}
        />
        <FacetSelect
          name="document_field"
          label={intl.formatMessage(messages.field)}
          facets={facets.document_field}
          value={params.document_field}
          onChange={change}
          allLabel={all}
        />
        <FacetSelect
          name="issuing_body"
          label={intl.formatMessage(messages.body)}
          facets={facets.issuing_body}
          value={params.issuing_body}
          onChange={change}
          allLabel={all}
        />
        <FacetSelect
          name="signer"
          label={intl.formatMessage(messages.signer)}
          facets={facets.signer}
          value={params.signer}
          onChange={change}
          allLabel={all}
        />
        <label className="mttq-registry-filter">
          <span>{intl.formatMessage(messages.sort)}</span>
          <select
            name="sort"
            value={params.sort || '-issue_date'}
            onChange={(e) =>
              change(
                'sort',
                e.target.value === '-issue_date' ? '' : e.target.value,
              )
            }
          >
            <option value="-issue_date">
              {intl.formatMessage(messages.newest)}
            </option>
            <option value="issue_date">
              {intl.formatMessage(messages.oldest)}
            </option>
          </select>
        </label>
        {Object.keys(params).some((k) => k !== 'scope') && (
          <button
            type="button"
            onClick={() => go(params.scope ? { scope: params.scope } : {})}
          >
            {intl.formatMessage(messages.clear)}
          </button>
        )}
      </form>
      <p className="mttq-registry-summary" aria-live="polite">
        {loading && intl.formatMessage(messages.loading)}
        {!loading && error && intl.formatMessage(messages.error)}
        {!loading &&
          data &&
          intl.formatMessage(messages.total, { count: data.items_total })}{' '}
        {data && (
          <a
            className="mttq-registry-csv"
            href={registryCsvUrl(path, params)}
            download
          >
            {intl.formatMessage(messages.csv)}
          </a>
        )}
      </p>
      {data && data.items.length === 0 && (
        <p>{intl.formatMessage(messages.none)}</p>
      )}
      {data && data.items.length > 0 && (
        <table className="ui celled table mttq-registry-table">
          <thead>
            <tr>
              <th scope="col">{intl.formatMessage(messages.number)}</th>
              <th scope="col">{intl.formatMessage(messages.issued)}</th>
              <th scope="col">{intl.formatMessage(messages.summary)}</th>
              <th scope="col">{intl.formatMessage(messages.type)}</th>
              <th scope="col">{intl.formatMessage(messages.body)}</th>
              <th scope="col">{intl.formatMessage(messages.signer)}</th>
            </tr>
          </thead>
          <tbody>
            {data.items.map((item) => (
              <tr key={item['@id']}>
                <td>{item.document_number}</td>
                <td>{formatDate(item.issue_date)}</td>
                <td>
                  <Link to={flattenToAppURL(item['@id'])}>{item.title}</Link>
                </td>
                <td>{item.document_type?.title}</td>
                <td>{item.issuing_body}</td>
                <td>{item.signer}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <Paging
        className="mttq-registry-paging"
        total={data?.items_total}
        bStart={params.b_start}
        size={PAGE_SIZE}
        onPage={(bStart) => change('b_start', bStart)}
      />
    </section>
  );
};

export default RegistryView;
