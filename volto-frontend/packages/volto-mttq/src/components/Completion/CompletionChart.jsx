/**
 * Share of cadres who completed a course, per unit, against the 100% target:
 * one horizontal stacked bar per unit (completed, in progress, not started),
 * plain SVG so that it prints and scales without a chart library (colours
 * inline: green completed, amber in progress, grey not started).
 */
import React from 'react';
import { defineMessages, useIntl } from 'react-intl';

const messages = defineMessages({
  chart: {
    id: 'mttq-completion-chart',
    defaultMessage: 'Tỷ lệ hoàn thành theo đơn vị (mục tiêu 100%)',
  },
  target: { id: 'mttq-completion-target', defaultMessage: 'Mục tiêu 100%' },
  bar: {
    id: 'mttq-completion-bar',
    defaultMessage:
      '{unit}: {completed}/{total} hoàn thành ({share}%), {in_progress} đang học',
  },
});

const ROW = 26;
const LABEL = 230;
const WIDTH = 720;
const BAR = WIDTH - LABEL - 70;

const pct = (n, total) => (total ? (100 * n) / total : 0);

export default function CompletionChart({ units }) {
  const intl = useIntl();
  const height = ROW * units.length + 34;
  const x = (share) => LABEL + (BAR * Math.min(share, 100)) / 100;
  return (
    <figure className="mttq-completion-chart">
      <figcaption>{intl.formatMessage(messages.chart)}</figcaption>
      <svg
        viewBox={`0 0 ${WIDTH} ${height}`}
        width="100%"
        role="img"
        aria-label={intl.formatMessage(messages.chart)}
      >
        {units.map((u, i) => {
          const y = 8 + i * ROW;
          const done = pct(u.completed, u.total);
          const going = pct(u.in_progress, u.total);
          const label = intl.formatMessage(messages.bar, {
            unit: u.title,
            completed: u.completed,
            total: u.total,
            share: u.share,
            in_progress: u.in_progress,
          });
          return (
            <g key={u.unit} data-unit={u.unit}>
              <title>{label}</title>
              <text x={LABEL - 8} y={y + 14} textAnchor="end" fontSize="12">
                {u.title.length > 34 ? `${u.title.slice(0, 33)}…` : u.title}
              </text>
              <rect x={LABEL} y={y} width={BAR} height={18} className="rest" fill="#e6e6e6" />
              <rect
                x={x(done)}
                y={y}
                width={x(done + going) - x(done)}
                height={18}
                className="in-progress"
                fill="#f9a825"
              />
              <rect
                x={LABEL}
                y={y}
                width={x(done) - LABEL}
                height={18}
                className="completed"
                fill="#2e7d32"
              />
              <text x={LABEL + BAR + 6} y={y + 14} fontSize="12">
                {u.share}%
              </text>
            </g>
          );
        })}
        <line
          x1={x(100)}
          x2={x(100)}
          y1={2}
          y2={height - 20}
          className="target"
          stroke="#b71c1c"
          strokeDasharray="4 3"
        />
        <text x={x(100)} y={height - 6} textAnchor="end" fontSize="11">
          {intl.formatMessage(messages.target)}
        </text>
      </svg>
    </figure>
  );
}
