/**
 * An index over a collection's slots, kept up to date by the collection on every write (so a
 * read never rebuilds it): a record added at a slot, removed from it, or replaced in place.
 */
export interface SlotIndex<T> {
  added(slot: number, record: T): void;
  removed(slot: number, record: T): void;
  changed(slot: number, previous: T, next: T): void;
}
