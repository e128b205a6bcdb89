// The steps of an exchange as a determinate bar: step n of m, named.
import { useTranslation } from 'react-i18next';
import { ProgressBar } from '../ProgressBar';
import type { Step } from './refi-actions';

export interface StepState {
  step: Step;
  index: number;
  total: number;
}

export function StepProgress({ state }: { state: StepState }) {
  const { t } = useTranslation();
  const label = t(`refi.steps.${state.step}`);
  return (
    <ProgressBar
      label={t('refi.progress', { step: state.index + 1, total: state.total, label })}
      done={state.index}
      total={state.total}
      current={label}
    />
  );
}
