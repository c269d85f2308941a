import {
  PAGE_SIZE,
  parseRegistryQuery,
  registryApiPath,
  registryCsvUrl,
  registryQueryString,
  signatureState,
} from './registry';
import { pages, withFilter } from './urlFilters';

describe('registry helpers', () => {
  it('reads only the known filters from the address', () => {
    expect(
      parseRegistryQuery('?year=2025&foo=1&q=%20giám%20sát%20&document_type='),
    ).toEqual({
      year: '2025',
      q: 'giám sát',
    });
  });

  it('writes filters in a stable order, without page 1', () => {
    expect(
      registryQueryString({
        year: '2025',
        scope: 'upper',
        b_start: '0',
        signer: '',
      }),
    ).toBe('scope=upper&year=2025');
  });

  it('starts at page 1 when a filter changes, not when paging', () => {
    expect(
      withFilter({ year: '2025', b_start: '40' }, 'document_type', 'KH'),
    ).toEqual({
      year: '2025',
      document_type: 'KH',
    });
    expect(withFilter({ year: '2025' }, 'b_start', '20')).toEqual({
      year: '2025',
      b_start: '20',
    });
    expect(withFilter({ year: '2025' }, 'year', '')).toEqual({});
  });

  it('builds the backend addresses', () => {
    expect(registryApiPath('/huyen-trang-dinh/van-ban', { year: '2025' })).toBe(
      '/huyen-trang-dinh/van-ban/@registry?year=2025&b_size=20',
    );
    expect(registryApiPath('/', {})).toBe('/@registry?b_size=20');
    expect(registryCsvUrl('/van-ban', { q: 'bầu cử', b_start: '20' })).toBe(
      '/++api++/van-ban/@registry/csv?q=b%E1%BA%A7u+c%E1%BB%AD',
    );
  });

  it('tells intact, trusted and invalid signatures apart', () => {
    expect(signatureState({ intact: true, valid: true, trusted: true })).toBe(
      'trusted',
    );
    expect(signatureState({ intact: true, valid: true, trusted: false })).toBe(
      'intact',
    );
    expect(
      signatureState({ intact: false, valid: false, trusted: false }),
    ).toBe('invalid');
    expect(signatureState({ intact: true, valid: false, trusted: true })).toBe(
      'invalid',
    );
  });

  it('counts pages', () => {
    expect(pages(45, 20, PAGE_SIZE)).toEqual({ count: 3, current: 1 });
    expect(pages(0, 0, PAGE_SIZE)).toEqual({ count: 0, current: 0 });
  });
});
