// REFI-QDA export and codebook import of the open project, in the top bar (being written).
export function ExchangeMenu() {
  return null;
}
