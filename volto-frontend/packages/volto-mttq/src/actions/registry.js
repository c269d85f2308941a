import { GET_REGISTRY, GET_SIGNATURES } from '../constants';
import { registryApiPath } from '../helpers/registry';

/**
 * One page of the documents registry of a unit, its section or the root.
 * @param {string} path Path of the page the registry belongs to.
 * @param {Object} params Filters (see helpers/registry).
 * @returns {Object} Volto API action.
 */
export function getRegistry(path, params) {
  return {
    type: GET_REGISTRY,
    request: { op: 'get', path: registryApiPath(path, params) },
  };
}

/**
 * The signature reports of a guidance document's files.
 * @param {string} path Path of the document.
 * @returns {Object} Volto API action.
 */
export function getSignatures(path) {
  return {
    type: GET_SIGNATURES,
    path,
    request: { op: 'get', path: `${path}/@signatures` },
  };
}
