import React from 'react';
import { Link } from 'react-router-dom';
import { defineMessages, useIntl } from 'react-intl';
import { Container as SemanticContainer } from 'semantic-ui-react';
import { hasBlocksData } from '@plone/volto/helpers/Blocks/Blocks';
import {
  flattenHTMLToAppURL,
  flattenToAppURL,
} from '@plone/volto/helpers/Url/Url';
import RenderBlocks from '@plone/volto/components/theme/View/RenderBlocks';
import FormattedDate from '@plone/volto/components/theme/FormattedDate/FormattedDate';
import config from '@plone/volto/registry';
import useUnit from '../../hooks/useUnit';
import { unitPath } from '../../helpers/unit';
import {
  itemDate,
  leadImageOf,
  splitLeadingBlocks,
  unitLabel,
  unitOfItem,
} from '../../helpers/news';
import PublicationDate from '../PublicationDate/PublicationDate';
import PrintButton from '../PrintButton/PrintButton';
import NewsMeta from '../../news/NewsMeta';
import { categoryOf } from '../../news/meta';
import { searchUrl, tagSearchUrl } from '../Search/search';

const messages = defineMessages({
  unit: { id: 'mttq-article-unit', defaultMessage: 'Đơn vị đăng tin' },
  subjects: { id: 'mttq-article-subjects', defaultMessage: 'Chủ đề' },
  category: { id: 'mttq-article-category', defaultMessage: 'Chuyên mục' },
  related: { id: 'mttq-article-related', defaultMessage: 'Tin liên quan' },
});

/**
 * The article page (view of a News Item): unit, title and summary,
 * publication date, "In / Lưu" (print or save as PDF), lead image, the
 * text, categories (Subject) and related items.
 */
const ArticleView = ({ content, location }) => {
  const intl = useIntl();
  const Image = config.getComponent({ name: 'Image' }).component;
  const Container =
    config.getComponent({ name: 'Container' }).component || SemanticContainer;
  const path = flattenToAppURL(content['@id'] || '') || '/';
  const { unit, units, settings } = useUnit(path);
  const { head, rest, hasTitle } = splitLeadingBlocks(content);
  const withBlocks = hasBlocksData(content) && head.length + rest.length > 0;
  const lead = leadImageOf(content);
  const subjects = (content.subjects || []).filter(Boolean);
  const category = categoryOf(content);
  const related = (content.relatedItems || []).filter(
    (item) => item && item['@id'],
  );

  return (
    <Container
      id="page-document"
      className="view-wrapper newsitem-view mttq-article"
    >
      <NewsMeta content={content} unit={unit} />
      <article className="mttq-article-body">
        {unit && (
          <p className="mttq-article-unit">
            <span className="mttq-sr-only">
              {intl.formatMessage(messages.unit)}:{' '}
            </span>
            <Link to={unitPath(unit)} data-unit-code={unit.code}>
              {settings.short_name || unitLabel(unit)}
            </Link>
          </p>
        )}
        {withBlocks && hasTitle ? (
          <RenderBlocks
            content={{ ...content, blocks_layout: { items: head } }}
            location={location}
          />
        ) : (
          <>
            <h1 className="documentFirstHeading">{content.title}</h1>
            {content.description && (
              <p className="documentDescription">{content.description}</p>
            )}
          </>
        )}
        <div className="mttq-article-meta">
          {category && (
            <p className="mttq-article-category">
              {intl.formatMessage(messages.category)}:{' '}
              {/* the network's search page, category ticked */}
              <Link to={searchUrl({ category })}>{category}</Link>
            </p>
          )}
          <PublicationDate content={content} bare />
          <PrintButton />
        </div>
        {lead && (
          <figure className="mttq-article-image">
            <Image
              item={lead.item}
              imageField={lead.field}
              alt={lead.alt}
              responsive
              sizes="(max-width: 900px) 100vw, 860px"
            />
            {lead.caption && <figcaption>{lead.caption}</figcaption>}
          </figure>
        )}
        {withBlocks ? (
          <RenderBlocks
            content={{ ...content, blocks_layout: { items: rest } }}
            location={location}
          />
        ) : (
          content.text?.data && (
            <div
              className="mttq-article-text"
              dangerouslySetInnerHTML={{
                __html: flattenHTMLToAppURL(content.text.data),
              }}
            />
          )
        )}
        {subjects.length > 0 && (
          <nav
            className="mttq-article-subjects"
            aria-label={intl.formatMessage(messages.subjects)}
          >
            <span className="mttq-article-subjects-label">
              {intl.formatMessage(messages.subjects)}:
            </span>
            <ul>
              {subjects.map((subject) => (
                <li key={subject}>
                  {/* the unit's search page, tag ticked */}
                  <Link to={tagSearchUrl(subject, unit)}>{subject}</Link>
                </li>
              ))}
            </ul>
          </nav>
        )}
        {related.length > 0 && (
          <section className="mttq-article-related">
            <h2>{intl.formatMessage(messages.related)}</h2>
            <ul>
              {related.map((item) => {
                const from = unitOfItem(units, item);
                const date = itemDate(item);
                return (
                  <li key={item['@id']}>
                    <Link to={flattenToAppURL(item['@id'])}>
                      {item.title || item['@id']}
                    </Link>
                    {(date || (from && from !== unit)) && (
                      <span className="mttq-article-related-meta">
                        {from && from !== unit && (
                          <span className="mttq-news-unit">
                            {unitLabel(from)}
                          </span>
                        )}
                        {date && <FormattedDate date={date} />}
                      </span>
                    )}
                  </li>
                );
              })}
            </ul>
          </section>
        )}
      </article>
    </Container>
  );
};

ArticleView.displayName = 'ArticleView';

export default ArticleView;
