import applySettings from './config/settings';
import localizeDatePicker from './config/datePicker';
import units from './reducers/units';
import unitInterface from './reducers/unitInterface';
import LoginRequired from './components/LoginRequired/LoginRequired';
import ArticleView from './components/ArticleView/ArticleView';
import BackendUnavailable from './components/BackendUnavailable/BackendUnavailable';
import NewsListing from './components/NewsListing/NewsListing';
import AddGuard from './components/AddGuard/AddGuard';
import CalendarBlockView from './components/Calendar/CalendarBlockView';
import calendarSVG from '@plone/volto/icons/calendar.svg';
import FeedLinks from './news/FeedLinks';
import documents from './reducers/documents';
import RegistryView from './components/Registry/RegistryView';
import RegistryEdit from './components/Registry/RegistryEdit';
import GuidanceDocumentView from './components/Registry/GuidanceDocumentView';
import bookSVG from '@plone/volto/icons/book.svg';
import courses from './reducers/courses';
import MyLearning from './components/Courses/MyLearning';
import VerifyCertificate from './components/Courses/VerifyCertificate';
import coursePlayer from './reducers/coursePlayer';
import CourseView from './components/Courses/CourseView';
import CourseModuleView from './components/Courses/CourseModuleView';
import LessonView from './components/Courses/LessonView';
import QuizView from './components/Courses/QuizView';
import EasyFormView from './components/EasyForm/EasyFormView';
import FeedbackStatus from './components/FeedbackStatus/FeedbackStatus';
import FeedbackStats, { ROUTE as FEEDBACK_STATS } from './components/FeedbackStats/FeedbackStats';
import feedbackStats from './reducers/feedbackStats';
import ReportPeriodView from './components/Reports/ReportPeriodView';
import ReportMatrix from './components/Reports/ReportMatrix';
import { MATRIX_ROUTE as REPORTS_MATRIX } from './components/Reports/helpers';
import materials from './reducers/materials';
import MaterialsView from './components/Intranet/MaterialsView';
import MaterialsEdit from './components/Intranet/MaterialsEdit';
import librarySVG from '@plone/volto/icons/folder.svg';
import completion from './reducers/completion';
import CompletionDashboard, { ROUTE as COMPLETION } from './components/Completion/CompletionDashboard';
import CadresImport, { ROUTE as CADRES_IMPORT } from './components/CadresImport/CadresImport';
import SearchResults, { SearchNoResults } from './components/Search/SearchResults';
import { searchTypeOptions } from './components/Search/search';
import Tags from './components/Tags/Tags';
import { getQueryStringResults } from '@plone/volto/actions/querystringsearch/querystringsearch';
import { featuredKey, featuredQuery, featuresFirstItem } from './helpers/news';
import ProposalPanel from './components/Proposals/ProposalPanel';
import ProposalsPage from './components/Proposals/ProposalsPage';
import { ROUTE as PROPOSALS } from './components/Proposals/helpers';
import EasyFormFields from './components/EasyForm/EasyFormFields';
import { FIELDS_ROUTE } from './components/EasyForm/fieldsEditor';
import FeedbackAnswers, { ANSWERS_ROUTE } from './components/FeedbackStatus/FeedbackAnswers';
import './theme/mttq.less';

export { getUnits } from './actions/units';
export * from './helpers/unit';

/**
 * Listing block variations of the news portal (image, date dd/mm/yyyy,
 * unit of items from other units): `mttqNewsFeatured` (the top item large)
 * and `mttqNews`. Volto's `summary` variation, which the backend's home
 * and section pages use, gets the same template (its own on a unit's
 * home: the unit's news feature their top item).
 */
export function applyListingVariations(config) {
  const listing = config.blocks.blocksConfig.listing;
  if (!listing) return config;
  const ours = [
    {
      id: 'mttqNewsFeatured',
      title: 'Tin tức: nổi bật + danh sách',
      template: NewsListing,
    },
    {
      id: 'mttqNews',
      title: 'Tin tức: ảnh, ngày, đơn vị',
      template: NewsListing,
    },
  ];
  listing.variations = [
    ...(listing.variations || [])
      .filter((v) => !ours.some((o) => o.id === v.id))
      .map((v) => (v.id === 'summary' ? { ...v, template: NewsListing } : v)),
    ...ours,
  ];
  return config;
}

const NoTags = () => null;
export const isArticle = ({ content }) => content?.['@type'] === 'News Item';

/**
 * Volto add-on of the MTTQ Lạng Sơn network.
 */
const applyConfig = (config) => {
  applySettings(config);
  localizeDatePicker();

  config.addonReducers = {
    ...config.addonReducers,
    mttqUnits: units,
    mttqInterface: unitInterface,
    mttqDocuments: documents,
    mttqCourses: courses,
    mttqFeedbackStats: feedbackStats,
    mttqMaterials: materials,
    mttqCompletion: completion,
  };

  // Anonymous visitors of a protected page (the intranet /noi-bo) get the
  // login form in place; a backend that does not answer gets a Vietnamese
  // "temporarily unavailable" page that reloads once it is back.
  config.views.errorViews = {
    ...config.views.errorViews,
    401: LoginRequired,
    ECONNREFUSED: BackendUnavailable,
  };

  // The article page: unit, date, print/save, lead image, categories,
  // related items.
  config.views.contentTypesViews = {
    ...config.views.contentTypesViews,
    'News Item': ArticleView,
    // A guidance document: metadata table, files, signature status.
    GuidanceDocument: GuidanceDocumentView,
  };

  // The documents registry of a "Văn bản" page (backend @registry).
  config.blocks.blocksConfig.mttqRegistry = {
    id: 'mttqRegistry',
    title: 'Sổ văn bản',
    icon: bookSVG,
    group: 'common',
    view: RegistryView,
    edit: RegistryEdit,
    restricted: false,
    mostUsed: false,
    sidebarTab: 0,
  };

  // EasyForm content (forms, citizens' feedback): the backend's @easyform.
  config.views.contentTypesViews.EasyForm = EasyFormView;

  // Tags below other content link to the unit's search page (Volto's own
  // Tags link to its old /search route) ...
  config.registerSlotComponent({
    slot: 'belowContent',
    name: 'tags',
    component: Tags,
  });
  // ... and the article shows the categories itself, linked to the search:
  // no second copy from Volto's `tags` slot below it.
  config.registerSlotComponent({
    slot: 'belowContent',
    name: 'tags',
    component: NoTags,
    predicates: [isArticle],
  });

  applyListingVariations(config);

  // The work calendar (lịch công tác) of each unit: month grid and list of
  // the Events below the page. The backend puts it on every unit's
  // "Lịch công tác" page; editors may add it to other pages too.
  config.blocks.blocksConfig.mttqCalendar = {
    id: 'mttqCalendar',
    title: 'Lịch công tác',
    icon: calendarSVG,
    group: 'common',
    view: CalendarBlockView,
    edit: CalendarBlockView,
    restricted: false,
    mostUsed: false,
    sidebarTab: 0,
  };

  // A new album (Album, in "Thư viện ảnh") starts as a gallery of the
  // photos added to it.
  config.blocks.initialBlocks = {
    ...config.blocks.initialBlocks,
    Album: [
      { '@type': 'title' },
      { '@type': 'description' },
      {
        '@type': 'listing',
        variation: 'imageGallery',
        querystring: {
          query: [
            { i: 'portal_type', o: 'plone.app.querystring.operation.selection.any', v: ['Image'] },
            { i: 'path', o: 'plone.app.querystring.operation.string.relativePath', v: '.' },
          ],
          sort_on: 'getObjPositionInParent',
          sort_order: 'ascending',
          b_size: '100',
        },
      },
    ],
  };

  // Every page links the network's RSS feed and its unit's (news/).
  config.settings.appExtras = [
    ...(config.settings.appExtras || []).filter((e) => e.component !== FeedLinks),
    { match: '', component: FeedLinks },
  ];

  // The frontend server: compression, files refused by the backend lead to
  // the login form, a backend that does not answer gives a Vietnamese 503.
  if (__SERVER__) {
    // eslint-disable-next-line global-require
    require('./express').default(config);
  }

  // The add form only for those who may add there (before Volto's route).
  config.addonRoutes = [
    ...(config.addonRoutes || []).filter((r) => r.component !== AddGuard),
    { path: ['/add', '/**/add'], component: AddGuard },
  ];
  // Citizens check their feedback (phản ánh, kiến nghị).
  config.addonRoutes = [
    ...config.addonRoutes.filter((r) => r.component !== FeedbackStatus),
    { path: '/tra-cuu-phan-anh', component: FeedbackStatus, exact: true },
  ];
  // Monthly feedback statistics: a unit's, or the network's at the root.
  config.addonRoutes = [
    ...config.addonRoutes.filter((r) => r.component !== FeedbackStats),
    {
      path: [`/${FEEDBACK_STATS}`, `/**/${FEEDBACK_STATS}`],
      component: FeedbackStats,
      exact: true,
    },
  ];

  // Courses: Học tập của tôi, and the public page of a certificate's QR code.
  config.addonRoutes = [
    ...config.addonRoutes.filter(
      (r) => r.component !== MyLearning && r.component !== VerifyCertificate,
    ),
    { path: '/hoc-tap-cua-toi', component: MyLearning, exact: true },
    {
      path: '/xac-minh-chung-chi/:code',
      component: VerifyCertificate,
      exact: true,
    },
  ];

  // Periodic reports: a period's page (a unit fills in its report), and the
  // province office's matrix of units × periods.
  config.views.contentTypesViews.ReportPeriod = ReportPeriodView;
  config.addonRoutes = [
    ...config.addonRoutes.filter((r) => r.component !== ReportMatrix),
    { path: `/${REPORTS_MATRIX}`, component: ReportMatrix, exact: true },
  ];
  // The intranet's training materials library (Tài liệu tập huấn): search,
  // kinds and tags of the materials below the page (backend @materials).
  config.blocks.blocksConfig.mttqMaterials = {
    id: 'mttqMaterials',
    title: 'Tài liệu tập huấn',
    icon: librarySVG,
    group: 'common',
    view: MaterialsView,
    edit: MaterialsEdit,
    restricted: false,
    mostUsed: false,
    sidebarTab: 0,
  };
  // Following completion: the dashboard (office, unit leaders) and the
  // cadre import (office).
  config.addonRoutes = [
    ...config.addonRoutes.filter(
      (r) => r.component !== CompletionDashboard && r.component !== CadresImport,
    ),
    { path: COMPLETION, component: CompletionDashboard, exact: true },
    { path: CADRES_IMPORT, component: CadresImport, exact: true },
  ];

  // The search page ("Tìm kiếm", Volto's search block with facets, made by
  // the backend): its results show unit, type and date; the type facet
  // offers the public content types only.
  const listing = config.blocks.blocksConfig.listing;
  if (listing) {
    listing.variations = [
      ...(listing.variations || []).filter((v) => v.id !== 'mttqSearchResults'),
      {
        id: 'mttqSearchResults',
        title: 'Kết quả tìm kiếm',
        template: SearchResults,
        noResultsComponent: SearchNoResults,
      },
    ];
  }
  const facetWidgets = config.blocks.blocksConfig.search?.extensions?.facetWidgets;
  if (facetWidgets) {
    const rewrite = facetWidgets.rewriteOptions;
    facetWidgets.rewriteOptions = (name, choices) => {
      const rewritten = rewrite ? rewrite(name, choices) : choices;
      return name === 'portal_type' ? searchTypeOptions(rewritten) : rewritten;
    };
  }

  // Proposals of unit news to the province home: the panel on a news item
  // (its editors propose, and see the outcome) and the province editors'
  // page (accept / decline with a reason).
  config.registerSlotComponent({
    slot: 'aboveContent',
    name: 'mttqProposal',
    component: ProposalPanel,
    predicates: [isArticle],
  });
  config.addonRoutes = [
    ...config.addonRoutes.filter((r) => r.component !== ProposalsPage),
    { path: `/${PROPOSALS}`, component: ProposalsPage, exact: true },
  ];

  // Home news listings: their newest featured item (NewsListing's lead) is
  // fetched on the server along with the listing's own results.
  if (listing?.getAsyncData && !listing.getAsyncData.mttqLead) {
    const listingAsyncData = listing.getAsyncData;
    const withLeadItem = (props) => {
      const pending = listingAsyncData(props);
      const { data, path, content, dispatch } = props;
      const leads =
        data?.querystring &&
        featuresFirstItem({
          variation: data.variation,
          querystring: data.querystring,
          contentType: content?.['@type'],
        });
      if (!leads) return pending;
      return [
        ...pending,
        dispatch(
          getQueryStringResults(
            path,
            featuredQuery(data.querystring),
            featuredKey(path, data.querystring),
          ),
        ),
      ];
    };
    withLeadItem.mttqLead = true;
    listing.getAsyncData = withLeadItem;
  }
  // The course player: pages of courses, modules, lessons and quizzes
  // (editing stays Volto's own edit and add forms).
  config.addonReducers.mttqCoursePlayer = coursePlayer;
  config.views.contentTypesViews = {
    ...config.views.contentTypesViews,
    Course: CourseView,
    CourseModule: CourseModuleView,
    Lesson: LessonView,
    Quiz: QuizView,
  };

  // Editors build an EasyForm's fields: <form>/truong-bieu-mau.
  config.addonRoutes = [
    ...config.addonRoutes.filter((r) => r.component !== EasyFormFields),
    { path: `/**/${FIELDS_ROUTE}`, component: EasyFormFields, exact: true },
  ];
  // Published answers to citizens' feedback: a unit's, or the network's.
  config.addonRoutes = [
    ...config.addonRoutes.filter((r) => r.component !== FeedbackAnswers),
    {
      path: [`/${ANSWERS_ROUTE}`, `/**/${ANSWERS_ROUTE}`],
      component: FeedbackAnswers,
      exact: true,
    },
  ];

  return config;
};

export default applyConfig;
