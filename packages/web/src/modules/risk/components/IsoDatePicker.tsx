// A DatePicker whose value is the API's calendar date ('YYYY-MM-DD'), so forms hold strings, not dayjs objects.
import { DatePicker } from 'antd';
import dayjs from 'dayjs';

export function IsoDatePicker({ value, onChange, testId, allowClear = true }: {
  value?: string | null; onChange?: (v: string | null) => void; testId?: string; allowClear?: boolean;
}) {
  return (
    <DatePicker value={value ? dayjs(value) : null} allowClear={allowClear} data-testid={testId} style={{ width: '100%' }}
      onChange={(d) => onChange?.(d ? d.format('YYYY-MM-DD') : null)} />
  );
}
