// A progress bar naming the current item, for anything slower than a second.
import { useTranslation } from 'react-i18next';

interface Props {
  label: string;
  done: number;
  total: number;
  current: string | null;
}

export function ProgressBar({ label, done, total, current }: Props) {
  const { t } = useTranslation();
  const percent = total > 0 ? Math.round((done / total) * 100) : 0;
  return (
    <div className="progress">
      <div className="progress-head">
        <span>{label}</span>
        <span className="muted">{t('progress.count', { done, total })}</span>
      </div>
      <div
        role="progressbar"
        aria-label={label}
        aria-valuemin={0}
        aria-valuemax={total}
        aria-valuenow={done}
        className="progress-track"
      >
        <div className="progress-fill" style={{ width: `${percent}%` }} />
      </div>
      <p className="progress-current muted" aria-live="polite">
        {current ?? '\u00a0'}
      </p>
    </div>
  );
}
