// Real IndexedDB semantics in node: storage tests run real Dexie on fake-indexeddb.
import 'fake-indexeddb/auto';
