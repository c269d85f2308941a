import { GET_MATERIALS } from "../constants";
import { materialsApiPath } from "../helpers/materials";

/**
 * One page of the training materials library (backend `@materials`).
 * @param {string} path Path of the library page.
 * @param {Object} params Filters (see helpers/materials).
 * @returns {Object} Volto API action.
 */
export function getMaterials(path, params) {
  return {
    type: GET_MATERIALS,
    request: { op: "get", path: materialsApiPath(path, params) },
  };
}
