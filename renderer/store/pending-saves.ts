// Passages a coding key painted before the server saved them: each has a negative (provisional)
// id until its save is answered. Whatever acts on such a passage (another key, a memo, delete,
// Ctrl+Z) waits for that answer first, so it acts on the saved passage or, if the save failed (the
// passage is then taken back and the reason shown), not at all.
export class PendingSaves {
  private last = 0;
  private readonly saves = new Map<number, Promise<number | null>>();

  /** A new provisional id: -1, -2, ... */
  nextId(): number {
    return --this.last;
  }

  /** Tracks a provisional passage's save (resolving to its saved id, or null) until it settles. */
  async track(id: number, save: Promise<number | null>): Promise<number | null> {
    this.saves.set(id, save);
    try {
      return await save;
    } finally {
      this.saves.delete(id);
    }
  }

  /** The saved id of a passage: a provisional one's once it is saved, null if its save failed. */
  async savedId(id: number): Promise<number | null> {
    return id < 0 ? ((await this.saves.get(id)) ?? null) : id;
  }

  /** Resolves when every save under way now has been answered. */
  async settled(): Promise<void> {
    await Promise.all(this.saves.values());
  }
}
