import React from 'react';

/**
 * Stand-in emblem (yellow star on red) shown when a unit has no logo, and
 * in place of a missing news image (decorative: without a title it is
 * hidden from assistive technology).
 */
const FrontEmblem = ({ title }) => (
  <svg
    className="mttq-emblem"
    viewBox="0 0 64 64"
    width="88"
    height="88"
    {...(title
      ? { role: 'img', 'aria-label': title }
      : { 'aria-hidden': 'true', focusable: 'false' })}
  >
    <circle cx="32" cy="32" r="31" fill="var(--mttq-primary, #b71c1c)" />
    <circle
      cx="32"
      cy="32"
      r="27"
      fill="none"
      stroke="var(--mttq-secondary, #f9a825)"
      strokeWidth="2"
    />
    <polygon
      fill="var(--mttq-secondary, #f9a825)"
      points="32,10 37.3,25.8 54,25.8 40.5,35.6 45.6,51.6 32,41.8 18.4,51.6 23.5,35.6 10,25.8 26.7,25.8"
    />
  </svg>
);

export default FrontEmblem;
