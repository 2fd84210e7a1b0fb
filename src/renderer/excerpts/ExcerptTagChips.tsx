import { Badge, Tooltip } from '@mantine/core';
import type { EvidenceDimension, ExcerptTag } from '../../shared/domain/evidence';
import { dimensionColour } from './dimension-colours';

interface ExcerptTagChipsProps {
  dimensions: EvidenceDimension[];
  tags: readonly ExcerptTag[] | undefined;
}

/** An excerpt's evidence tags as badges: its own solid, those inherited from the source outlined and dimmed. */
export function ExcerptTagChips({ dimensions, tags }: ExcerptTagChipsProps) {
  if (!tags || tags.length === 0) return null;
  const held = new Map(tags.map((t) => [t.valueId, t]));
  return dimensions.flatMap((d, di) =>
    d.values
      .filter((v) => held.has(v.id))
      .map((v) => {
        const inherited = held.get(v.id)!.inherited;
        const badge = (
          <Badge
            key={v.id}
            size="sm"
            radius="sm"
            color={dimensionColour(di)}
            variant={inherited ? 'outline' : 'light'}
            data-tag-state={inherited ? 'inherited' : 'own'}
            aria-label={`${d.label}: ${v.label}${inherited ? ', inherited from the source' : ''}`}
            // Dashed, not faded: a faded label falls below 4.5:1.
            style={inherited ? { borderStyle: 'dashed', fontWeight: 500 } : undefined}
          >
            {v.label}
          </Badge>
        );
        return (
          <Tooltip key={v.id} label={inherited ? `${d.label} · inherited from the source` : `${d.label} · this excerpt’s own tag`}>
            {badge}
          </Tooltip>
        );
      }),
  );
}
