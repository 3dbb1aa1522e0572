// The "Warehouse (BigQuery)" page's entry point (built into dist/Warehouse.html by sidebar/build.mjs).
import { startPage } from '../shared/page';
import { WarehouseApp } from './app';
import { MESSAGES } from './texts';

startPage((root) => new WarehouseApp(root, MESSAGES));
