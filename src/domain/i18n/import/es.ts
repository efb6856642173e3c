/** Mensajes en español de la importación de la exportación de datos de LinkedIn. */
import type { Plural } from "../plural";
import type { enImport } from "./en";

export const esImport: typeof enImport = {
  tab: "Importar",
  title: "Rellenar meses con la exportación de datos de LinkedIn",
  howTo:
    "En LinkedIn: Yo → Preferencias y privacidad → Privacidad de datos → Obtener una copia de tus datos. Elige el ZIP que te envía LinkedIn, o sus archivos Connections, Invitations, Shares y Company Follows.",
  privacy:
    "Los archivos se leen aquí, en tu navegador. A la hoja solo llegan recuentos mensuales y nombres de empresas: ningún nombre de persona, correo ni mensaje.",
  fillsProfile: "Rellena los paneles de {name}.",
  choose: "Archivos de la exportación (ZIP o CSV) o analíticas de creador (.xlsx)",
  reading: "Leyendo los archivos…",
  read: {
    one: "1 archivo leído, exportado el {day}.",
    other: "{count} archivos leídos, exportados el {day}.",
  } as Plural,
  previewTitle: "Qué cambia la importación",
  month: "Mes",
  metric: "Cifra",
  inSheet: "En la hoja",
  fromExport: "De la exportación",
  toFill: {
    one: "1 celda vacía por rellenar",
    other: "{count} celdas vacías por rellenar",
  } as Plural,
  same: { one: "1 ya igual", other: "{count} ya iguales" } as Plural,
  differs: { one: "1 distinta", other: "{count} distintas" } as Plural,
  differsMark: "distinta",
  overwrite: "Reemplazar también las cifras distintas",
  buildYear: "Crear también el panel de {year} (la exportación tiene cifras de ese año)",
  tooOld: "Los años anteriores a {year} no se incluyen: como mucho cinco años atrás.",
  apply: { one: "Escribir 1 cifra", other: "Escribir {count} cifras" } as Plural,
  writing: "Escribiendo…",
  nothing: "Nada que escribir: la hoja ya tiene estas cifras.",
  done: {
    one: "1 cifra escrita. «{log}» la recoge con el valor que reemplazó.",
    other: "{count} cifras escritas. «{log}» recoge cada una con el valor que reemplazó.",
  } as Plural,
  networkWritten: "«{sheet}» muestra tu red a {day}.",
  firstDegreeNote:
    "De la exportación de datos de LinkedIn del {day}. Las conexiones eliminadas desde entonces no figuran, así que este total puede ser algo bajo.",
  notes: {
    ignored: "No necesarios, no leídos: {files}.",
    invitationsFrom:
      "LinkedIn guarda las invitaciones solo unos meses: el archivo empieza el {day}, así que las invitaciones se rellenan desde {month}.",
    needsConnections:
      "Las solicitudes enviadas a empresas objetivo necesitan también Connections.csv: elígelo junto con Invitations.csv.",
    noTargets: "Añade empresas objetivo en Ajustes para rellenar también: {metrics}.",
    badDates: {
      one: "{file}: se omitió 1 fila con una fecha ilegible («{value}»).",
      other: "{file}: se omitieron {count} filas con fechas ilegibles (la primera: «{value}»).",
    } as Plural,
    removedMissing:
      "Las conexiones que eliminaste no están en la exportación, así que los totales pasados pueden ser algo bajos.",
  },
  errors: {
    noFiles: "Elige el ZIP de LinkedIn, o uno o varios de sus archivos CSV.",
    empty:
      "{file} está vacío. Pide a LinkedIn una nueva copia de tus datos y elige el archivo que te envíe.",
    notText:
      "{file} no es ni un ZIP ni un archivo CSV. Elige el ZIP de LinkedIn o uno de sus CSV (como Connections.csv).",
    onlyNotes:
      "{file} solo tiene las líneas de notas de LinkedIn y ninguna tabla. Pide a LinkedIn una nueva copia de tus datos.",
    wrongHeader:
      "{file} no tiene las columnas del {expected} de LinkedIn: su primera fila debería nombrar {columns}.",
    unknownFile:
      "{file} no es un archivo de la exportación de LinkedIn que el complemento lea. Elige el ZIP, o Connections.csv, Invitations.csv, Shares.csv o Company Follows.csv.",
    badZip: "{file} está dañado y no se puede abrir como ZIP. Descárgalo de nuevo desde LinkedIn.",
    notZip:
      "{file} tiene nombre de ZIP pero no lo es (otro tipo de archivo o una descarga incompleta). Descarga de nuevo la exportación de LinkedIn y elige su ZIP.",
    zipWithout:
      "{file} no contiene Connections.csv, Invitations.csv, Shares.csv ni Company Follows.csv. ¿Es la exportación de datos de LinkedIn?",
    noDates:
      "{file}: no se pudo leer ninguna fecha en la columna «{column}» (primer valor: «{value}»). Elige el archivo tal como lo envió LinkedIn.",
    noRows: "{file} no tiene filas: no hay nada que importar.",
    twice:
      "{file} se eligió dos veces (quizá en el ZIP y suelto). Elige cada archivo una sola vez.",
    malformed: "No se pudo leer la importación. Elige los archivos de nuevo.",
    buildYear:
      "No se puede crear {year} con esta importación: solo años con cifras, como mucho cinco años atrás.",
  },
  creator: {
    howTo:
      "Para seguidores conseguidos y acciones sobre las actualizaciones: en LinkedIn, Analíticas → Contenido (o Seguidores) → Exportar da un archivo .xlsx. Elígelo aquí también, solo o con la exportación de datos; varios archivos pueden solaparse.",
    read: {
      one: "1 archivo de analíticas de creador leído, {from} – {to}.",
      other: "{count} archivos de analíticas de creador leídos, {from} – {to}.",
    } as Plural,
    partialMark: "parcial: {covered} de {days} días",
    partialBox: "Escribir también los meses que los archivos de analíticas cubren solo en parte",
    impressionsTitle:
      "Impresiones de las publicaciones (solo se muestran: el panel no tiene fila para ellas)",
    impressions: "Impresiones",
    keepImpressions:
      "Guardar las impresiones de publicaciones como tu métrica propia «{name}» (bloque {block})",
    addingMetric: "Añadiendo «{name}» a los paneles…",
    noRow: {
      one: "El panel de {years} se creó antes que «{name}» y no tiene fila para ella: sus impresiones no se escriben.",
      other:
        "Los paneles de {years} se crearon antes que «{name}» y no tienen fila para ella: sus impresiones no se escriben.",
    } as Plural,
    lostFollowers: {
      one: "{month}: LinkedIn cuenta 1 seguidor perdido más que ganados; seguidores conseguidos se rellena con 0.",
      other:
        "{month}: LinkedIn cuenta {count} seguidores perdidos más que ganados; seguidores conseguidos se rellena con 0.",
    } as Plural,
    errors: {
      noFiles: "Elige uno o más archivos de analíticas de creador (.xlsx) de LinkedIn.",
      notXlsx:
        "{file} no es un libro de Excel (.xlsx), aunque se llame así. Vuelve a exportarlo desde las analíticas de LinkedIn y elige el .xlsx que te da.",
      damaged:
        "{file} está dañado y no se puede abrir (quizá una descarga interrumpida). Vuelve a exportarlo desde las analíticas de LinkedIn.",
      notCreator:
        "{file} no es una exportación de analíticas de creador de LinkedIn: no tiene tabla diaria de interacción ni de seguidores.",
      noEngagement:
        "{file} no tiene la tabla diaria de interacción (impresiones e interacciones por día). Elige el archivo tal como lo exportó LinkedIn.",
      noFollowers:
        "{file} no tiene la hoja de SEGUIDORES (nuevos seguidores por día). Elige el archivo tal como lo exportó LinkedIn.",
      badDates:
        "{file} tiene fechas que no se pueden leer. Elige el archivo tal como lo exportó LinkedIn.",
      badNumbers:
        "{file} tiene cifras que no son números enteros. Elige el archivo tal como lo exportó LinkedIn.",
      futureWindow:
        "{file} cubre días posteriores a hoy. Revisa el archivo, o la zona horaria de la hoja en Archivo → Configuración.",
    },
  },
  network: {
    sheetName: "Red",
    title: "Red de LinkedIn: exportación de datos del {day}",
    subtitle:
      "{total} conexiones el {day}. Las conexiones eliminadas antes de la exportación no figuran. Se reescribe en cada importación.",
    month: "Mes",
    made: "Conexiones nuevas",
    total: "Conexiones (total)",
    atTargets: "En empresas objetivo",
    decisionMakersTotal: "Decisores",
    seniority: "Nivel jerárquico",
    level: "Nivel",
    connections: "Conexiones",
    share: "Parte",
    levels: {
      cLevel: "Alta dirección, fundadores, propietarios",
      vp: "Vicepresidentes",
      director: "Directores y responsables de área",
      manager: "Mandos intermedios",
      other: "Otros",
    },
    hidden: "Perfiles ocultos (sin cargo)",
    targets: "Empresas objetivo",
    noTargets: "Aún no hay empresas objetivo: añádelas en Ajustes e importa de nuevo.",
    company: "Empresa",
    decisionMakers: "Decisores",
    latest: "Última conexión",
    status: "Estado",
    whiteSpot: "Espacio en blanco",
    top: "Las 25 empresas con más conexiones",
    chartTitle: "Conexiones nuevas por mes",
  },
  log: {
    sheetName: "Registro de importación",
    importedOn: "Importado el",
    exportOf: "Exportación del",
    sheet: "Hoja",
    cell: "Celda",
    metric: "Cifra",
    previous: "Valor anterior",
    next: "Valor nuevo",
    details: "Archivos leídos",
    file: "{file}: {rows} filas, {from} – {to}",
    creatorFile: "Analíticas de creador: {from} – {to}",
  },
};
