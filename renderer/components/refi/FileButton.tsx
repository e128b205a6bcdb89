// A button that opens the file chooser for one kind of file; the chosen file goes to `onFile`.
// The same in the browser host and in Electron (filesToSources turns it into an upload or a path).
import { useRef, type ReactNode } from 'react';

interface Props {
  label: string;
  accept: string;
  disabled: boolean;
  onFile: (file: File) => void;
  children?: ReactNode;
}

export function FileButton({ label, accept, disabled, onFile, children }: Props) {
  const input = useRef<HTMLInputElement>(null);
  return (
    <div className="button-row left">
      <button type="button" disabled={disabled} onClick={() => input.current?.click()}>
        {label}
      </button>
      {children}
      <input
        ref={input}
        type="file"
        accept={accept}
        hidden
        aria-label={label}
        onChange={(e) => {
          const file = e.target.files?.[0];
          // Cleared, so that choosing the same file again is a new choice.
          e.target.value = '';
          if (file) onFile(file);
        }}
      />
    </div>
  );
}
