import React from "react";
import { render, fireEvent, screen } from "@testing-library/react";
import { Provider } from "react-intl-redux";
import configureStore from "redux-mock-store";
import { MemoryRouter, Route } from "react-router-dom";
import MaterialsView from "./MaterialsView";
import viMessages from "../../testing/viMessages";
import { GET_MATERIALS } from "../../constants";
import {
  formatDay,
  formatSize,
  parseMaterialsQuery,
  materialsQueryString,
  toggleTag,
} from "../../helpers/materials";

const mockStore = configureStore();
const base = "http://localhost:8080/Plone/noi-bo/tai-lieu-tap-huan";
const PAGE = "/noi-bo/tai-lieu-tap-huan";

function materialsData(overrides = {}) {
  return {
    "@id": `${base}/@materials`,
    items_total: 30,
    items: [
      {
        "@id": `${base}/so-tay.pdf`,
        "@type": "File",
        title: "Sổ tay nghiệp vụ công tác Mặt trận",
        description: "Hướng dẫn tổ chức hoạt động ở khu dân cư.",
        kind: "pdf",
        kind_title: "Tài liệu PDF",
        size: 48213,
        target: `${base}/so-tay.pdf/@@download/file`,
        tags: ["Nghiệp vụ", "Khu dân cư"],
        date: "2026-03-01T18:30:00+00:00",
      },
      {
        "@id": `${base}/video-ky-so`,
        "@type": "Link",
        title: "Video: Hướng dẫn ký số",
        kind: "video",
        kind_title: "Video",
        size: null,
        target: "https://www.youtube.com/watch?v=abc",
        tags: ["Chuyển đổi số"],
        date: "2026-02-10T02:00:00+00:00",
      },
      {
        "@id": `${base}/huong-dan`,
        "@type": "Document",
        title: "Hướng dẫn sinh hoạt khu dân cư",
        kind: "page",
        kind_title: "Bài viết",
        target: `${base}/huong-dan`,
        tags: [],
        date: null,
      },
    ],
    facets: {
      tag: [
        { value: "Nghiệp vụ", title: "Nghiệp vụ", count: 12 },
        { value: "Chuyển đổi số", title: "Chuyển đổi số", count: 8 },
      ],
      kind: [
        { value: "pdf", title: "Tài liệu PDF", count: 20 },
        { value: "video", title: "Video", count: 10 },
      ],
    },
    ...overrides,
  };
}

function renderAt(url, data = materialsData()) {
  const store = mockStore({
    intl: { locale: "vi", messages: viMessages() },
    mttqMaterials: { loaded: true, data },
  });
  let where;
  const view = render(
    <Provider store={store}>
      <MemoryRouter initialEntries={[url]}>
        <MaterialsView properties={{ "@id": base }} />
        <Route
          path="*"
          render={({ location }) => {
            where = decodeURIComponent(
              `${location.pathname}${location.search}`,
            ).replace(/\+/g, " ");
            return null;
          }}
        />
      </MemoryRouter>
    </Provider>,
  );
  return { ...view, store, where: () => where };
}

describe("MaterialsView", () => {
  it("asks @materials of the page with the filters of the address", () => {
    const { store } = renderAt(
      `${PAGE}?tag=Nghi%E1%BB%87p+v%E1%BB%A5&kind=pdf&q=so+tay&b_start=12`,
    );
    expect(store.getActions()).toEqual([
      {
        type: GET_MATERIALS,
        request: {
          op: "get",
          path: `${PAGE}/@materials?q=so+tay&tag=Nghi%E1%BB%87p+v%E1%BB%A5&kind=pdf&b_start=12&b_size=12`,
        },
      },
    ]);
  });

  it("lists materials with their kind icon, size, date and the right action", () => {
    const { container } = renderAt(PAGE);
    const items = container.querySelectorAll("li.mttq-material");
    expect(items).toHaveLength(3);
    expect([...items].map((li) => li.className)).toEqual([
      "mttq-material mttq-material-pdf",
      "mttq-material mttq-material-video",
      "mttq-material mttq-material-page",
    ]);
    items.forEach((li) =>
      expect(li.querySelector("svg.mttq-material-icon")).toBeTruthy(),
    );
    expect(items[0].querySelector("h3 a").getAttribute("href")).toBe(
      `${PAGE}/so-tay.pdf`,
    );
    // dd/mm/yyyy in Vietnam time (18:30 UTC is the next day there)
    expect(items[0].textContent).toContain("Ngày đăng: 02/03/2026");
    expect(items[0].textContent).toContain("47 KB");
    const download = items[0].querySelector("a.mttq-material-action");
    expect(download.textContent).toBe("Tải về");
    expect(download.getAttribute("href")).toBe(
      `/++api++${PAGE}/so-tay.pdf/@@download/file`,
    );
    const watch = items[1].querySelector("a.mttq-material-action");
    expect(watch.textContent).toBe("Xem video");
    expect(watch.getAttribute("href")).toBe(
      "https://www.youtube.com/watch?v=abc",
    );
    expect(watch.getAttribute("rel")).toBe("noopener noreferrer");
    expect(items[2].querySelector("a.mttq-material-action")).toBeNull();
    expect(screen.getByText("30 tài liệu")).toBeTruthy();
  });

  it("filters by a tag of the list, back at page 1", () => {
    const { where } = renderAt(`${PAGE}?b_start=12`);
    const nav = screen.getByRole("navigation", { name: "Chủ đề" });
    fireEvent.click(nav.querySelector("button"));
    expect(where()).toBe(`${PAGE}?tag=Nghiệp vụ`);
  });

  it("shows chosen tags as pressed and lets them go", () => {
    const { where } = renderAt(
      `${PAGE}?tag=Nghi%E1%BB%87p+v%E1%BB%A5&tag=Chuy%E1%BB%83n+%C4%91%E1%BB%95i+s%E1%BB%91`,
    );
    const nav = screen.getByRole("navigation", { name: "Chủ đề" });
    const pressed = [...nav.querySelectorAll('button[aria-pressed="true"]')];
    expect(pressed.map((b) => b.textContent)).toEqual([
      "Nghiệp vụ (12)",
      "Chuyển đổi số (8)",
    ]);
    fireEvent.click(pressed[0]);
    expect(where()).toBe(`${PAGE}?tag=Chuyển đổi số`);
  });

  it("searches inside the library and filters by kind, back at page 1", () => {
    const { container, where } = renderAt(`${PAGE}?kind=pdf&b_start=12`);
    fireEvent.change(container.querySelector('input[name="q"]'), {
      target: { value: " tap huan " },
    });
    fireEvent.submit(container.querySelector("form"));
    expect(where()).toBe(`${PAGE}?q=tap huan&kind=pdf`);
    fireEvent.change(container.querySelector('select[name="kind"]'), {
      target: { value: "video" },
    });
    expect(where()).toBe(`${PAGE}?q=tap huan&kind=video`);
    fireEvent.click(screen.getByText("Bỏ lọc"));
    expect(where()).toBe(PAGE);
  });

  it("pages through the results", () => {
    const { where } = renderAt(`${PAGE}?b_start=12`);
    expect(screen.getByLabelText("Trang 2").getAttribute("aria-current")).toBe(
      "page",
    );
    fireEvent.click(screen.getByText("Trang sau"));
    expect(where()).toBe(`${PAGE}?b_start=24`);
  });

  it("says when nothing matches", () => {
    renderAt(`${PAGE}?q=xyz`, materialsData({ items: [], items_total: 0 }));
    expect(screen.getByText("Không có tài liệu nào phù hợp.")).toBeTruthy();
  });
});

describe("materials helpers", () => {
  it("reads and writes the filters of the address", () => {
    const params = parseMaterialsQuery(
      "?tag=a&tag=b&tag=a&q=%20x%20&kind=&b_start=0",
    );
    expect(params).toEqual({ q: "x", tag: ["a", "b"], b_start: "0" });
    expect(materialsQueryString(params)).toBe("q=x&tag=a&tag=b");
    expect(toggleTag({ tag: ["a"], b_start: "12" }, "b")).toEqual({
      tag: ["a", "b"],
    });
    expect(toggleTag({ tag: ["a"] }, "a")).toEqual({});
  });

  it("formats sizes and dates the Vietnamese way", () => {
    expect(formatSize(512)).toBe("512 B");
    expect(formatSize(2.5 * 1024 * 1024)).toBe("2,5 MB");
    expect(formatSize("1.2 MB")).toBe("1,2 MB");
    expect(formatSize(null)).toBe("");
    expect(formatDay("2026-12-31T17:30:00+00:00")).toBe("01/01/2027");
    expect(formatDay("")).toBe("");
  });
});
