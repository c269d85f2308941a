import React, { useEffect, useState } from "react";
import { Link } from "react-router-dom";
import { useDispatch, useSelector } from "react-redux";
import { defineMessages, useIntl } from "react-intl";
import { flattenToAppURL } from "@plone/volto/helpers/Url/Url";
import Icon from "@plone/volto/components/theme/Icon/Icon";
import fileSVG from "@plone/volto/icons/file.svg";
import presentationSVG from "@plone/volto/icons/presentation.svg";
import videoSVG from "@plone/volto/icons/video.svg";
import pageSVG from "@plone/volto/icons/page.svg";
import tableSVG from "@plone/volto/icons/table.svg";
import imageSVG from "@plone/volto/icons/image.svg";
import linkSVG from "@plone/volto/icons/link.svg";
import { getMaterials } from "../../actions/materials";
import {
  MATERIALS_FILTERS,
  MATERIALS_PAGE_SIZE,
  formatDay,
  formatSize,
  parseMaterialsQuery,
  toggleTag,
} from "../../helpers/materials";
import { useUrlFilters } from "../../helpers/urlFilters";
import Paging from "../Paging/Paging";

const messages = defineMessages({
  heading: {
    id: "mttq-materials-heading",
    defaultMessage: "Tài liệu tập huấn",
  },
  filters: {
    id: "mttq-materials-filters",
    defaultMessage: "Tìm và lọc tài liệu",
  },
  q: { id: "mttq-materials-q", defaultMessage: "Tìm trong thư viện" },
  search: { id: "mttq-materials-search", defaultMessage: "Tìm" },
  kind: { id: "mttq-materials-kind", defaultMessage: "Loại tài liệu" },
  tags: { id: "mttq-materials-tags", defaultMessage: "Chủ đề" },
  all: { id: "mttq-materials-all", defaultMessage: "Tất cả" },
  sort: { id: "mttq-materials-sort", defaultMessage: "Sắp xếp" },
  newest: { id: "mttq-materials-newest", defaultMessage: "Mới đăng trước" },
  byTitle: { id: "mttq-materials-by-title", defaultMessage: "Theo tên (A–Z)" },
  clear: { id: "mttq-materials-clear", defaultMessage: "Bỏ lọc" },
  total: { id: "mttq-materials-total", defaultMessage: "{count} tài liệu" },
  none: {
    id: "mttq-materials-none",
    defaultMessage: "Không có tài liệu nào phù hợp.",
  },
  loading: { id: "mttq-materials-loading", defaultMessage: "Đang tải…" },
  error: {
    id: "mttq-materials-error",
    defaultMessage: "Không tải được thư viện tài liệu.",
  },
  open: { id: "mttq-materials-open", defaultMessage: "Xem" },
  download: { id: "mttq-materials-download", defaultMessage: "Tải về" },
  watch: { id: "mttq-materials-watch", defaultMessage: "Xem video" },
  visit: { id: "mttq-materials-visit", defaultMessage: "Mở đường dẫn" },
  posted: { id: "mttq-materials-posted", defaultMessage: "Ngày đăng" },
  tagFilter: {
    id: "mttq-materials-tag-filter",
    defaultMessage: "Lọc theo chủ đề {tag}",
  },
});

// One icon per kind of material (backend intranet/materials.py KINDS).
export const KIND_ICONS = {
  pdf: fileSVG,
  slides: presentationSVG,
  video: videoSVG,
  document: fileSVG,
  spreadsheet: tableSVG,
  image: imageSVG,
  page: pageSVG,
  link: linkSVG,
  other: fileSVG,
};

const isExternal = (url) => /^https?:\/\//.test(url || "");

/** What the main action of an item does: download a file, open a link... */
function actionOf(item) {
  if (item["@type"] === "File" || item["@type"] === "Image") return "download";
  if (item["@type"] === "Link")
    return item.kind === "video" ? "watch" : "visit";
  return "open";
}

const Material = ({ item, params, go, intl }) => {
  const action = actionOf(item);
  const target =
    action === "download"
      ? `/++api++${flattenToAppURL(item.target)}`
      : item.target;
  const size = formatSize(item.size);
  return (
    <li className={`mttq-material mttq-material-${item.kind}`}>
      <Icon
        name={KIND_ICONS[item.kind] || fileSVG}
        size="36px"
        className="mttq-material-icon"
        title={item.kind_title}
      />
      <div className="mttq-material-body">
        <h3 className="mttq-material-title">
          <Link to={flattenToAppURL(item["@id"])}>{item.title}</Link>
        </h3>
        {item.description && (
          <p className="mttq-material-description">{item.description}</p>
        )}
        <p className="mttq-material-meta">
          <span className="mttq-material-kind">{item.kind_title}</span>
          {size && <span className="mttq-material-size">{size}</span>}
          {item.date && (
            <span className="mttq-material-date">
              {intl.formatMessage(messages.posted)}: {formatDay(item.date)}
            </span>
          )}
        </p>
        {item.tags?.length > 0 && (
          <ul className="mttq-material-tags">
            {item.tags.map((tag) => (
              <li key={tag}>
                <button
                  type="button"
                  className="mttq-tag"
                  aria-label={intl.formatMessage(messages.tagFilter, { tag })}
                  onClick={() => go(toggleTag(params, tag))}
                >
                  {tag}
                </button>
              </li>
            ))}
          </ul>
        )}
      </div>
      {action !== "open" && (
        <a
          className="mttq-material-action ui button"
          href={target}
          {...(action === "download" ? { download: true } : {})}
          {...(isExternal(target)
            ? { target: "_blank", rel: "noopener noreferrer" }
            : {})}
        >
          {intl.formatMessage(messages[action])}
        </a>
      )}
    </li>
  );
};

/**
 * The training materials library (block `mttqMaterials` of the intranet's
 * "Tài liệu tập huấn" page): search inside the library, kinds and tags as
 * filters with their counts, paging; filters in the address (shareable).
 */
const MaterialsView = ({ properties, path: blockPath }) => {
  const intl = useIntl();
  const dispatch = useDispatch();
  const path = flattenToAppURL(properties?.["@id"] || "") || blockPath || "/";
  const { params, qs, go, change } = useUrlFilters(MATERIALS_FILTERS);
  const { data, loading, error } = useSelector(
    (state) => state.mttqMaterials || {},
  );
  const [text, setText] = useState(params.q || "");

  useEffect(() => {
    dispatch(getMaterials(path, parseMaterialsQuery(qs ? `?${qs}` : "")));
  }, [dispatch, path, qs]);
  useEffect(() => setText(params.q || ""), [params.q]);

  const facets = data?.facets || {};
  const chosen = params.tag || [];
  // A chosen tag stays offered (to take it away) even without matches.
  const tagFacets = [
    ...(facets.tag || []),
    ...chosen
      .filter((t) => !(facets.tag || []).some((f) => f.value === t))
      .map((t) => ({ value: t, title: t, count: 0 })),
  ];

  return (
    <section
      className="mttq-materials"
      aria-labelledby="mttq-materials-heading"
    >
      <h2 id="mttq-materials-heading">
        {intl.formatMessage(messages.heading)}
      </h2>
      <form
        className="mttq-materials-filters"
        role="search"
        aria-label={intl.formatMessage(messages.filters)}
        onSubmit={(e) => {
          e.preventDefault();
          change("q", text.trim());
        }}
      >
        <label className="mttq-materials-filter">
          <span>{intl.formatMessage(messages.q)}</span>
          <input
            type="search"
            name="q"
            value={text}
            onChange={(e) => setText(e.target.value)}
          />
        </label>
        <button type="submit" className="ui button">
          {intl.formatMessage(messages.search)}
        </button>
        <label className="mttq-materials-filter">
          <span>{intl.formatMessage(messages.kind)}</span>
          <select
            name="kind"
            value={params.kind || ""}
            onChange={(e) => change("kind", e.target.value)}
          >
            <option value="">{intl.formatMessage(messages.all)}</option>
            {(facets.kind || []).map((f) => (
              <option key={f.value} value={f.value}>
                {f.title} ({f.count})
              </option>
            ))}
          </select>
        </label>
        <label className="mttq-materials-filter">
          <span>{intl.formatMessage(messages.sort)}</span>
          <select
            name="sort"
            value={params.sort || "-date"}
            onChange={(e) =>
              change("sort", e.target.value === "-date" ? "" : e.target.value)
            }
          >
            <option value="-date">{intl.formatMessage(messages.newest)}</option>
            <option value="title">
              {intl.formatMessage(messages.byTitle)}
            </option>
          </select>
        </label>
        {Object.keys(params).length > 0 && (
          <button type="button" className="ui button" onClick={() => go({})}>
            {intl.formatMessage(messages.clear)}
          </button>
        )}
      </form>
      {tagFacets.length > 0 && (
        <nav
          className="mttq-materials-tags"
          aria-label={intl.formatMessage(messages.tags)}
        >
          <span>{intl.formatMessage(messages.tags)}:</span>
          <ul>
            {tagFacets.map((f) => (
              <li key={f.value}>
                <button
                  type="button"
                  className={`mttq-tag${chosen.includes(f.value) ? " active" : ""}`}
                  aria-pressed={chosen.includes(f.value)}
                  onClick={() => go(toggleTag(params, f.value))}
                >
                  {f.title} <span className="mttq-tag-count">({f.count})</span>
                </button>
              </li>
            ))}
          </ul>
        </nav>
      )}
      <p className="mttq-materials-summary" aria-live="polite">
        {loading && intl.formatMessage(messages.loading)}
        {!loading && error && intl.formatMessage(messages.error)}
        {!loading &&
          data &&
          intl.formatMessage(messages.total, { count: data.items_total })}
      </p>
      {data && data.items.length === 0 && (
        <p>{intl.formatMessage(messages.none)}</p>
      )}
      {data && data.items.length > 0 && (
        <ul className="mttq-materials-list">
          {data.items.map((item) => (
            <Material
              key={item["@id"]}
              item={item}
              params={params}
              go={go}
              intl={intl}
            />
          ))}
        </ul>
      )}
      <Paging
        className="mttq-materials-paging"
        total={data?.items_total}
        bStart={params.b_start}
        size={MATERIALS_PAGE_SIZE}
        onPage={(bStart) => change("b_start", bStart)}
      />
    </section>
  );
};

export default MaterialsView;
