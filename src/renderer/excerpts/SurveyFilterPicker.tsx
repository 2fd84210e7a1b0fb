import { Button, NumberInput, Select, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import type { ExcerptFilter, SurveyAnswerCondition } from '../../shared/domain/evidence';
import type { SurveyItem } from '../../shared/domain/survey';
import { cleanFilter } from './excerpt-filter';
import { FilterPopover } from './FilterPopover';

interface SurveyFilterPickerProps {
  items: readonly SurveyItem[];
  value: ExcerptFilter;
  onChange: (f: ExcerptFilter) => void;
}

const TIME_POINTS = [
  { value: '', label: 'Any time point' },
  { value: 'baseline', label: 'Baseline' },
  { value: 'midline', label: 'Midline' },
  { value: 'endline', label: 'Endline' },
];

/**
 * Narrows excerpts to speakers whose survey answer meets a condition: a number in a range for numeric
 * questions, one of some answers for the others. Each added condition shows as a chip under the bar.
 */
export function SurveyFilterPicker({ items, value, onChange }: SurveyFilterPickerProps) {
  const [itemId, setItemId] = useState<string | null>(null);
  const [timePoint, setTimePoint] = useState('');
  const [min, setMin] = useState<number | string>('');
  const [max, setMax] = useState<number | string>('');
  const [answers, setAnswers] = useState('');
  const item = items.find((i) => i.id === itemId);
  const numeric = item?.kind === 'numeric';
  const condition: SurveyAnswerCondition | null = item
    ? {
        itemId: item.id,
        ...(timePoint ? { timePoint: timePoint as SurveyAnswerCondition['timePoint'] } : {}),
        ...(numeric && typeof min === 'number' ? { min } : {}),
        ...(numeric && typeof max === 'number' ? { max } : {}),
        ...(!numeric && answers.trim() ? { values: answers.split(',').map((a) => a.trim()).filter(Boolean) } : {}),
      }
    : null;
  const complete = condition !== null && (numeric ? condition.min !== undefined || condition.max !== undefined : (condition.values?.length ?? 0) > 0);

  return (
    <FilterPopover label="Survey" count={value.surveyAnswers?.length ?? 0} disabled={items.length === 0} width={300}>
      <Stack gap={8} p={4}>
        <Text size="xs" c="dimmed">
          Speakers whose answer to a survey question meets a condition.
        </Text>
        <Select
          size="xs"
          label="Question"
          data={items.map((i) => ({ value: i.id, label: i.label }))}
          value={itemId}
          onChange={setItemId}
          searchable
          comboboxProps={{ withinPortal: false }}
        />
        <Select size="xs" label="Time point" data={TIME_POINTS} value={timePoint} onChange={(v) => setTimePoint(v ?? '')} comboboxProps={{ withinPortal: false }} />
        {item && numeric && (
          <>
            <NumberInput size="xs" label="At least" value={min} onChange={setMin} />
            <NumberInput size="xs" label="At most" value={max} onChange={setMax} />
          </>
        )}
        {item && !numeric && <TextInput size="xs" label="Answer is one of (comma-separated)" value={answers} onChange={(e) => setAnswers(e.currentTarget.value)} />}
        <Button
          size="xs"
          disabled={!complete}
          onClick={() => {
            onChange(cleanFilter({ ...value, surveyAnswers: [...(value.surveyAnswers ?? []), condition!] }));
            setMin('');
            setMax('');
            setAnswers('');
          }}
        >
          Add condition
        </Button>
      </Stack>
    </FilterPopover>
  );
}
