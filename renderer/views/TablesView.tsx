// The Tables view: the table builder, saved tables and the questionnaire's ranked tables.
import { useTranslation } from 'react-i18next';

export function TablesView() {
  const { t } = useTranslation();
  return (
    <section className="view">
      <h2>{t('tables.title')}</h2>
    </section>
  );
}
