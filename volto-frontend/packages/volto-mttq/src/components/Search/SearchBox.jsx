import React, { useState } from 'react';
import { useHistory } from 'react-router-dom';
import { defineMessages, useIntl } from 'react-intl';
import Icon from '@plone/volto/components/theme/Icon/Icon';
import zoomSVG from '@plone/volto/icons/zoom.svg';
import { searchUrl } from './search';

const messages = defineMessages({
  label: { id: 'mttq-search-label', defaultMessage: 'Tìm kiếm' },
  placeholder: { id: 'mttq-search-placeholder', defaultMessage: 'Tìm kiếm...' },
  network: {
    id: 'mttq-search-placeholder-network',
    defaultMessage: 'Tìm trên toàn mạng lưới...',
  },
});

/**
 * The header's search box: opens the search page of the unit the reader is
 * on, with the unit ticked (unticking it widens to the network); on the
 * province's pages, the whole network. Works without JavaScript too (a GET
 * form to the search page, Volto's search block reads `SearchableText`).
 */
const SearchBox = ({ unit, home = '/' }) => {
  const intl = useIntl();
  const history = useHistory();
  const [text, setText] = useState('');
  const inUnit = !!unit && home !== '/';
  const action = searchUrl({ home });
  const onSubmit = (event) => {
    event.preventDefault();
    history.push(searchUrl({ home, text, unit: inUnit ? unit.code : undefined }));
    setText('');
  };
  return (
    <form className="mttq-searchbox" role="search" action={action} method="get" onSubmit={onSubmit}>
      <input
        type="search"
        name="SearchableText"
        value={text}
        onChange={(e) => setText(e.target.value)}
        aria-label={intl.formatMessage(messages.label)}
        placeholder={intl.formatMessage(inUnit ? messages.placeholder : messages.network)}
      />
      <button type="submit" aria-label={intl.formatMessage(messages.label)}>
        <Icon name={zoomSVG} size="20px" />
      </button>
    </form>
  );
};

export default SearchBox;
