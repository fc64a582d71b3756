; Inno Setup 6 script for gridworker on Windows: per-user install, no administrator rights.
;
;   iscc /DAppVersion=0.1.0 installer\windows\gridworker.iss      (from the repository root,
;   after the PyInstaller bundle is in dist\gridworker and the icon in build\icons; see
;   installer\README.md)  ->  dist\gridworker-0.1.0-setup.exe
;
; Where things go:
;   program   {autopf}\gridworker = %LOCALAPPDATA%\Programs\gridworker for a per-user install
;             (C:\Program Files\gridworker only if IT runs the setup with /ALLUSERS as admin)
;   user data %LOCALAPPDATA%\gridworker (platformdirs), settings HKCU\Software\gridworker:
;             neither is ever written, replaced or deleted by this setup or its uninstaller,
;             so uninstalling keeps unsent visits and an upgrade finds them; the new version
;             migrates the store (after a backup) the first time the user signs in.

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
#define AppName "网格员入户走访"
#define AppExe "gridworker.exe"
#define Root "..\.."

[Setup]
; Never change AppId: it is how an upgrade finds the installed version.
AppId={{6D5B7C1E-4F3A-4C8E-9B0D-2E7A1F9C3B52}
AppName={#AppName}
AppVerName={#AppName} {#AppVersion}
AppVersion={#AppVersion}
AppPublisher=gridworker
VersionInfoVersion={#AppVersion}
VersionInfoDescription={#AppName} 安装程序 (gridworker setup)
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=commandline
DefaultDirName={autopf}\gridworker
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
DisableDirPage=auto
UsePreviousAppDir=yes
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
OutputDir={#Root}\dist
OutputBaseFilename=gridworker-{#AppVersion}-setup
SetupIconFile={#Root}\build\icons\gridworker.ico
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName} (gridworker)
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
; Close a running gridworker before files are replaced (Restart Manager), restart it afterwards.
CloseApplications=yes
RestartApplications=yes
ShowLanguageDialog=auto

[Languages]
#if FileExists(AddBackslash(CompilerPath) + "Languages\ChineseSimplified.isl")
Name: "zh_CN"; MessagesFile: "compiler:Languages\ChineseSimplified.isl"
#elif FileExists(AddBackslash(SourcePath) + "ChineseSimplified.isl")
Name: "zh_CN"; MessagesFile: "ChineseSimplified.isl"
#else
  #pragma warning "ChineseSimplified.isl not found: the setup will be in English only (see installer/README.md)"
#endif
Name: "en"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"

[InstallDelete]
; The previous version's bundle, so no stale library of an older release is loaded. Program
; files only: user data is not under {app}.
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "{#Root}\dist\gridworker\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"; Comment: "gridworker"
Name: "{autoprograms}\{#AppName} 自检 (self-test)"; Filename: "{cmd}"; \
  Parameters: "/k ""{app}\gridworker-console.exe"" --self-test"; WorkingDir: "{app}"; \
  IconFilename: "{app}\{#AppExe}"; Comment: "检查本机安装是否完好，供技术支持使用"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

; No [UninstallDelete] and no [Registry] entries with uninsdeletekey: the uninstaller removes the
; program files it installed and nothing else.
