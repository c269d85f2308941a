/**
 * Proposals of a unit's news to the province home (backend news/proposals:
 * `@propose`, `@proposals`, `@proposal-decision`). Editor screens only: the
 * components read the results from the dispatched promises.
 */
export const GET_PROPOSAL = 'MTTQ_GET_PROPOSAL';
export const PROPOSE_NEWS = 'MTTQ_PROPOSE_NEWS';
export const GET_PROPOSALS = 'MTTQ_GET_PROPOSALS';
export const DECIDE_PROPOSAL = 'MTTQ_DECIDE_PROPOSAL';

/** The proposal of the news item at `path` (`{proposal: record|null}`). */
export function getProposal(path) {
  return { type: GET_PROPOSAL, request: { op: 'get', path: `${path}/@propose` } };
}

/** Propose the news item at `path` to the province home. */
export function proposeNews(path, note = '') {
  return {
    type: PROPOSE_NEWS,
    request: { op: 'post', path: `${path}/@propose`, data: { note } },
  };
}

/** Proposals of a state (`pending`, `accepted`, `declined`, `all`). */
export function getProposals(state = 'pending', bStart = 0, bSize = 25) {
  return {
    type: GET_PROPOSALS,
    request: {
      op: 'get',
      path: `/@proposals?state=${state}&b_start=${bStart}&b_size=${bSize}`,
    },
  };
}

/** Accept or decline (with a reason) the proposal of the item at `path`. */
export function decideProposal(path, decision, comment = '') {
  return {
    type: DECIDE_PROPOSAL,
    request: {
      op: 'post',
      path: `${path}/@proposal-decision`,
      data: { decision, comment },
    },
  };
}
