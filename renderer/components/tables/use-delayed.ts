// True once `flag` has stayed true for `ms`: a progress bar for work that is slow, without a flash
// of one for work that is done at once.
import { useEffect, useState } from 'react';

export function useDelayed(flag: boolean, ms: number): boolean {
  const [late, setLate] = useState(false);
  useEffect(() => {
    if (!flag) return;
    const timer = setTimeout(() => setLate(true), ms);
    return () => {
      clearTimeout(timer);
      setLate(false);
    };
  }, [flag, ms]);
  return flag && late;
}
