// The "Warehouse (BigQuery)" page's entry point (built into dist/Warehouse.html by sidebar/build.mjs).
import { byId } from '../shared/dom';
import { WarehouseApp } from './app';

void new WarehouseApp(byId('app')).start();
