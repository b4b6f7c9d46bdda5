/** Deputy picker with server-side search (GET /deputies?q=); chosen deputies keep their names while the search changes. */
import { useEffect, useState } from 'react';
import { Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { useDeputyOptions, type Option } from '@/lib/options';

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

export function DeputySelect({ id, value, onChange, multiple, exclude, known, ...rest }: DeputySelectProps) {
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
  // The deputies chosen here, so their names stay when the search shows others.
  const [picked, setPicked] = useState<readonly Option[]>([]);

  const selected = value === null || value === undefined ? [] : Array.isArray(value) ? value : [value];
  const skip = new Set(exclude?.filter((x): x is number => typeof x === 'number'));
  const options = deputies.options.filter((o) => !skip.has(o.value));
  const shown = new Set(options.map((o) => o.value));
  for (const v of selected) {
    if (shown.has(v)) continue;
    const label = picked.find((o) => o.value === v)?.label ?? known?.find((o) => o.value === v)?.label ?? `#${v}`;
    options.push({ value: v, label });
  }

  const choose = (v: number | number[] | undefined, chosen: unknown) => {
    const now = (Array.isArray(chosen) ? chosen : [chosen]).filter(
      (o): o is Option => typeof o === 'object' && o !== null && typeof (o as Option).value === 'number',
    );
    if (now.length > 0) {
      setPicked((before) => [...before.filter((o) => !now.some((n) => n.value === o.value)), ...now.map(({ value, label }) => ({ value, label }))]);
    }
    onChange?.(v);
  };

  return (
    <Select<number | number[]>
      id={id}
      aria-label={rest['aria-label']}
      mode={multiple ? 'multiple' : undefined}
      allowClear
      value={value ?? undefined}
      onChange={choose}
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
