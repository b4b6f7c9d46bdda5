/** Deputy picker with server-side search (GET /deputies?q=); chosen deputies keep their names while the search changes. */
import { useEffect, useMemo, useRef, useState } from 'react';
import { Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { useDeputyOptions, type Option } from '../api/options';

export interface DeputySelectProps {
  id?: string;
  value?: number | number[] | null;
  onChange?: (value: number | number[] | undefined) => void;
  multiple?: boolean;
  /** Deputies not to offer (e.g. the lead deputy among co-signers). */
  exclude?: readonly (number | null | undefined)[];
  /** Names of deputies already chosen (so they show before the list is fetched). */
  known?: readonly Option[];
  'aria-label'?: string;
}

export function DeputySelect({ id, value, onChange, multiple, exclude, known: knownOptions, ...rest }: DeputySelectProps) {
  const { t } = useTranslation();
  const [input, setInput] = useState('');
  const [search, setSearch] = useState('');
  useEffect(() => {
    const h = setTimeout(() => setSearch(input), 300);
    return () => clearTimeout(h);
  }, [input]);
  // Deputies are fetched once the list is opened or searched, not when a form merely renders.
  const [opened, setOpened] = useState(false);
  const deputies = useDeputyOptions(search, opened || search !== '');
  const known = useRef(new Map<number, string>());
  for (const o of knownOptions ?? []) if (!known.current.has(o.value)) known.current.set(o.value, o.label);
  for (const o of deputies.options) known.current.set(o.value, o.label);

  const selected = value === null || value === undefined ? [] : Array.isArray(value) ? value : [value];
  const options = useMemo<Option[]>(() => {
    const skip = new Set(exclude?.filter((x): x is number => typeof x === 'number'));
    const list = deputies.options.filter((o) => !skip.has(o.value));
    const shown = new Set(list.map((o) => o.value));
    for (const v of selected) {
      if (!shown.has(v)) list.push({ value: v, label: known.current.get(v) ?? `#${v}` });
    }
    return list;
    // selected is derived from value
  }, [deputies.options, exclude, value]);

  return (
    <Select<number | number[]>
      id={id}
      aria-label={rest['aria-label']}
      mode={multiple ? 'multiple' : undefined}
      allowClear
      value={value ?? undefined}
      onChange={(v) => onChange?.(v)}
      options={options}
      loading={deputies.loading}
      placeholder={t('suggestion.deputySearchPlaceholder')}
      notFoundContent={deputies.loading ? t('suggestion.searching') : t('suggestion.noMatch')}
      showSearch={{ filterOption: false, onSearch: setInput }}
      onBlur={() => setInput('')}
      onOpenChange={(o) => o && setOpened(true)}
    />
  );
}
