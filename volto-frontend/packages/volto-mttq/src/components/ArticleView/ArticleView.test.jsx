import React from 'react';
import { render, fireEvent } from '@testing-library/react';
import { Provider } from 'react-intl-redux';
import configureStore from 'redux-mock-store';
import thunk from 'redux-thunk';
import { MemoryRouter } from 'react-router-dom';
import config from '@plone/volto/registry';
import Image from '@plone/volto/components/theme/Image/Image';
import ArticleView from './ArticleView';
import viMessages from '../../testing/viMessages';
import { units } from '../../testing/units';

const mockStore = configureStore([thunk]);

beforeAll(() => {
  config.registerComponent({ name: 'Image', component: Image });
  config.blocks.blocksConfig.title = {
    id: 'title',
    view: ({ properties }) => <h1 className="documentFirstHeading">{properties.title}</h1>,
  };
  config.blocks.blocksConfig.description = {
    id: 'description',
    view: ({ properties }) => <p className="documentDescription">{properties.description}</p>,
  };
  config.blocks.blocksConfig.slate = {
    id: 'slate',
    view: ({ data }) => <p className="slate-text">{data.plaintext}</p>,
  };
});

const base = 'http://localhost:8080/Plone/thanh-pho-lang-son/tin-tuc/ve-sinh';
const article = {
  '@id': base,
  '@type': 'News Item',
  title: 'Thành phố ra quân vệ sinh môi trường',
  description: 'Hàng nghìn đoàn viên, hội viên tham gia.',
  effective: '2026-03-04T20:30:00+00:00',
  subjects: ['Chuyển đổi số', 'An sinh xã hội'],
  news_category: { token: 'chuyen-doi-so', title: 'Chuyển đổi số' },
  blocks: {
    t: { '@type': 'title' },
    d: { '@type': 'description' },
    s: { '@type': 'slate', plaintext: 'Sáng 5/3, Ủy ban MTTQ thành phố...' },
  },
  blocks_layout: { items: ['t', 'd', 's'] },
  preview_image_link: {
    '@id': `${base}/anh.png`,
    '@type': 'Image',
    title: 'anh.png',
    description: '',
    image_field: null,
    image_scales: {
      image: [
        {
          download: '@@images/image-800-a.png',
          width: 800,
          height: 450,
          scales: { preview: { download: '@@images/image-400-b.png', width: 400, height: 225 } },
        },
      ],
    },
  },
  preview_caption_link: 'Đoàn viên dọn vệ sinh bờ sông Kỳ Cùng',
  relatedItems: [
    {
      '@id': 'http://localhost:8080/Plone/tin-tuc/hoi-nghi',
      '@type': 'News Item',
      title: 'Hội nghị Ủy ban MTTQ tỉnh',
      effective: '2026-02-10T02:00:00+00:00',
    },
  ],
};

function renderArticle(content) {
  const store = mockStore({
    intl: { locale: 'vi', messages: viMessages() },
    mttqUnits: { loaded: true, loading: false, items: units },
    mttqInterface: { path: null, from: null, data: null },
  });
  return render(
    <Provider store={store}>
      <MemoryRouter>
        <ArticleView content={content} location={{ pathname: '/thanh-pho-lang-son/tin-tuc/ve-sinh' }} />
      </MemoryRouter>
    </Provider>,
  ).container;
}

describe('ArticleView (News Item)', () => {
  it('shows unit, title, date, print action, lead image, text, categories and related news in order', () => {
    const c = renderArticle(article);
    const order = [
      '.mttq-article-unit',
      'h1.documentFirstHeading',
      '.documentDescription',
      '.mttq-article-meta',
      'figure.mttq-article-image',
      '.slate-text',
      '.mttq-article-subjects',
      '.mttq-article-related',
    ].map((s) => {
      const el = c.querySelector(s);
      expect([s, !!el]).toEqual([s, true]);
      return el;
    });
    for (let i = 1; i < order.length; i += 1) {
      // each one follows the previous in the document
      expect(order[i - 1].compareDocumentPosition(order[i]) & 4).toBe(4);
    }
    const unit = c.querySelector('.mttq-article-unit a');
    expect(unit.getAttribute('href')).toBe('/thanh-pho-lang-son');
    expect(unit.textContent).toBe('MTTQ thành phố Lạng Sơn');
    expect(c.querySelector('.mttq-publication-date').textContent).toBe('Ngày đăng: Thứ Năm, 05/03/2026 - 03:30');
    const img = c.querySelector('figure.mttq-article-image img');
    expect(img.getAttribute('src')).toBe('/thanh-pho-lang-son/tin-tuc/ve-sinh/anh.png/@@images/image-800-a.png');
    expect(img.getAttribute('alt')).toBe('Đoàn viên dọn vệ sinh bờ sông Kỳ Cùng');
    expect(c.querySelector('figcaption').textContent).toBe('Đoàn viên dọn vệ sinh bờ sông Kỳ Cùng');
    // tags: the unit's search page, unit and tag ticked
    const tagQuery = (tag) =>
      `/thanh-pho-lang-son/tim-kiem?query=${encodeURIComponent(
        `[{"i":"unit_code","o":"paqo.selection.any","v":["178"]},{"i":"Subject","o":"paqo.selection.any","v":["${tag}"]}]`,
      )}`;
    expect([...c.querySelectorAll('.mttq-article-subjects a')].map((a) => [a.textContent, a.getAttribute('href')])).toEqual([
      ['Chuyển đổi số', tagQuery('Chuyển đổi số')],
      ['An sinh xã hội', tagQuery('An sinh xã hội')],
    ]);
    const category = c.querySelector('.mttq-article-meta .mttq-article-category');
    expect(category.textContent).toBe('Chuyên mục: Chuyển đổi số');
    expect(category.querySelector('a').getAttribute('href')).toBe(
      `/tim-kiem?query=${encodeURIComponent(
        '[{"i":"news_category","o":"paqo.selection.any","v":["Chuyển đổi số"]}]',
      )}`,
    );
    const related = c.querySelector('.mttq-article-related');
    expect(related.querySelector('h2').textContent).toBe('Tin liên quan');
    expect(related.querySelector('a').getAttribute('href')).toBe('/tin-tuc/hoi-nghi');
    // from another unit: named, dated
    expect(related.querySelector('.mttq-news-unit').textContent).toBe('Tỉnh Lạng Sơn');
    expect(related.querySelector('time').textContent).toBe('10/02/2026');
  });

  it('links the tags of a province article to the network’s search page', () => {
    const c = renderArticle({ ...article, '@id': 'http://localhost:8080/Plone/tin-tuc/hoi-nghi' });
    expect(c.querySelector('.mttq-article-subjects a').getAttribute('href')).toBe(
      `/tim-kiem?query=${encodeURIComponent('[{"i":"Subject","o":"paqo.selection.any","v":["Chuyển đổi số"]}]')}`,
    );
  });

  it('prints (or saves as PDF) with "In / Lưu"', () => {
    const c = renderArticle(article);
    const button = c.querySelector('button.mttq-print');
    expect(button.textContent).toBe('In / Lưu');
    expect(button.getAttribute('title')).toBe('In bài viết hoặc lưu thành tệp PDF');
    const print = jest.fn();
    const original = window.print;
    window.print = print;
    fireEvent.click(button);
    window.print = original;
    expect(print).toHaveBeenCalledTimes(1);
  });

  it('shows title and summary itself when the item has no title block, and no empty sections', () => {
    const c = renderArticle({
      ...article,
      blocks: {},
      blocks_layout: { items: [] },
      preview_image_link: null,
      subjects: [],
      relatedItems: [],
    });
    expect(c.querySelector('h1.documentFirstHeading').textContent).toBe(article.title);
    expect(c.querySelector('.documentDescription').textContent).toBe(article.description);
    expect(c.querySelector('figure')).toBeNull();
    expect(c.querySelector('.mttq-article-subjects')).toBeNull();
    expect(c.querySelector('.mttq-article-related')).toBeNull();
    expect(c.querySelectorAll('h1')).toHaveLength(1);
  });
});
