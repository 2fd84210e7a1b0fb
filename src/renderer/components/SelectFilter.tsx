import { Select, type ComboboxItem } from '@mantine/core';

interface SelectFilterProps<V extends string> {
  /** The accessible name; the placeholder says what an empty filter means (“Any sector”). */
  label: string;
  placeholder: string;
  options: ComboboxItem[];
  value: V | null;
  onChange: (value: V | null) => void;
  width: number;
}

/** One clearable filter of a list's FilterBar; the options are values of V, so the cast back is safe. */
export function SelectFilter<V extends string>({ label, placeholder, options, value, onChange, width }: SelectFilterProps<V>) {
  return (
    <Select
      aria-label={label}
      placeholder={placeholder}
      data={options}
      value={value}
      onChange={(v) => onChange(v as V | null)}
      clearable
      w={width}
    />
  );
}
