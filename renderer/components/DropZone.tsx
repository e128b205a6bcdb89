// A dashed area that takes files dropped on it (highlighted while they hover), around the
// dialog's own text and buttons. Used by the transcript and the questionnaire import.
import { useState, type ReactNode } from 'react';

interface Props {
  onFiles: (files: File[]) => void;
  children: ReactNode;
}

export function DropZone({ onFiles, children }: Props) {
  const [over, setOver] = useState(false);
  return (
    <div
      className={over ? 'drop-zone over' : 'drop-zone'}
      onDragOver={(e) => {
        e.preventDefault();
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={(e) => {
        e.preventDefault();
        setOver(false);
        onFiles(Array.from(e.dataTransfer.files));
      }}
    >
      {children}
    </div>
  );
}
