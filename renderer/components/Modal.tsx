// A modal dialog on the native <dialog> element: focus trapping, Escape and the backdrop for free.
import { useEffect, useRef, type ReactNode } from 'react';

interface Props {
  title: string;
  onClose: () => void;
  children: ReactNode;
  wide?: boolean;
  /** While true, Escape does not close the dialog (a running import must be cancelled instead). */
  locked?: boolean;
}

export function Modal({ title, onClose, children, wide = false, locked = false }: Props) {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
  }, []);
  return (
    <dialog
      ref={ref}
      className={wide ? 'dialog wide' : 'dialog'}
      aria-label={title}
      onCancel={(e) => {
        e.preventDefault();
        if (!locked) onClose();
      }}
    >
      <h2>{title}</h2>
      {children}
    </dialog>
  );
}
