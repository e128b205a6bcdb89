// Work of unknown length (one call to the Node side): a moving bar with what is being done, and a
// Cancel button when the result can still be dropped.
import { useTranslation } from 'react-i18next';

interface Props {
  label: string;
  onCancel?: () => void;
}

export function BusyBar({ label, onCancel }: Props) {
  const { t } = useTranslation();
  return (
    <div className="busy-bar" role="status">
      <div className="busy-head">
        <span>{label}</span>
        {onCancel && (
          <button type="button" className="link" onClick={onCancel}>
            {t('retrieval.export.cancel')}
          </button>
        )}
      </div>
      <div role="progressbar" aria-label={label} className="progress-track indeterminate">
        <div className="progress-fill" />
      </div>
    </div>
  );
}
