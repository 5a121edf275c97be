import type { ArrowShape, LineStyle, NodeKindStyle, RelationStyle } from "../theme";

/** Small SVG marks drawn from the same theme entries as the Cytoscape stylesheet. */
export function NodeSwatch({ style, size = 22 }: { style: Pick<NodeKindStyle, "shape" | "fill" | "border">; size?: number }) {
  const w = size * 1.4;
  const h = size * 0.8;
  const common = { fill: style.fill, stroke: style.border, "stroke-width": 2 };
  const c = 4;
  const shape =
    style.shape === "ellipse" ? <ellipse cx={w / 2} cy={h / 2} rx={w / 2 - 1.5} ry={h / 2 - 1.5} {...common} />
    : style.shape === "cut-rectangle" ? <polygon points={`${c + 1},1 ${w - c - 1},1 ${w - 1},${c + 1} ${w - 1},${h - c - 1} ${w - c - 1},${h - 1} ${c + 1},${h - 1} 1,${h - c - 1} 1,${c + 1}`} {...common} />
    : style.shape === "diamond" ? <polygon points={`${w / 2},1 ${w - 1},${h / 2} ${w / 2},${h - 1} 1,${h / 2}`} {...common} />
    : <rect x={1} y={1} width={w - 2} height={h - 2} rx={4} {...common} />;
  return (
    <svg class="swatch" width={w} height={h} viewBox={`0 0 ${w} ${h}`} aria-hidden="true">
      {shape}
    </svg>
  );
}

const DASH: Record<LineStyle, string | undefined> = { solid: undefined, dashed: "6 4", dotted: "2 3" };

function arrowHead(shape: ArrowShape, x: number, y: number, colour: string) {
  const fill = { fill: colour, stroke: colour, "stroke-width": 1.5 };
  switch (shape) {
    case "triangle": return <polygon points={`${x},${y} ${x - 9},${y - 5} ${x - 9},${y + 5}`} {...fill} />;
    case "tee": return <line x1={x - 1} y1={y - 7} x2={x - 1} y2={y + 7} stroke={colour} stroke-width={3} />;
    case "diamond": return <polygon points={`${x},${y} ${x - 6},${y - 5} ${x - 12},${y} ${x - 6},${y + 5}`} {...fill} />;
    case "square": return <rect x={x - 8} y={y - 4} width={8} height={8} {...fill} />;
    case "vee": return <polygon points={`${x},${y} ${x - 10},${y - 6} ${x - 7},${y} ${x - 10},${y + 6}`} {...fill} />;
    case "chevron": return <polyline points={`${x - 8},${y - 6} ${x},${y} ${x - 8},${y + 6}`} fill="none" stroke={colour} stroke-width={2.5} />;
    case "circle": return <circle cx={x - 4} cy={y} r={4} {...fill} />;
    case "triangle-cross":
      return (
        <g>
          <polygon points={`${x},${y} ${x - 9},${y - 5} ${x - 9},${y + 5}`} {...fill} />
          <line x1={x - 13} y1={y - 6} x2={x - 13} y2={y + 6} stroke={colour} stroke-width={2} />
        </g>
      );
  }
}

export function RelationSwatch({ style }: { style: Pick<RelationStyle, "colour" | "lineStyle" | "arrow" | "width"> }) {
  const w = 40;
  const y = 8;
  return (
    <svg class="swatch" width={w} height={16} viewBox={`0 0 ${w} 16`} aria-hidden="true">
      <line x1={1} y1={y} x2={w - 8} y2={y} stroke={style.colour} stroke-width={Math.max(1.5, style.width)} stroke-dasharray={DASH[style.lineStyle]} />
      {arrowHead(style.arrow, w - 1, y, style.colour)}
    </svg>
  );
}
