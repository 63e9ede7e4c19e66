/**
 * Excel in and out of the registry: the import template (导入模板), the import of cadres' files from a
 * workbook with a dry run (预检) before anything is saved, the report of rejected rows, and the export
 * of any filtered cadre list. Imports go through {@link cn.zhishi.cadre.CadreService#importCadre}, the
 * same checked write path as pages and the API; this module only reads cells and points problems
 * back at them. Nothing here is needed by other modules, so everything is package-private.
 */
package cn.zhishi.excel;
