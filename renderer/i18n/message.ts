// Words a message of the Node side ({code, params}, shared/messages) in the interface language.
import type { TFunction } from 'i18next';
import type { Message } from '../../shared/messages';

export function wordMessage(t: TFunction, m: Message): string {
  return t(`messages.${m.code}`, m.params);
}
